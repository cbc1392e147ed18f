"""The coach pane's brain: questions in plain English or French, answers from the network
and the rules. No language model and no network: phrase tables, loose name matching and
the same domain functions as the rest of coach.

    conversation = service.conversation()          # Conversation(service)
    answer = conversation.ask("how do I reach Léa?")   # Answer: intent, lines, people, rules…
"""

from coach.coaching.answer import Answer, Candidate, PendingLog
from coach.coaching.conversation import Conversation
from coach.coaching.intents import INTENTS

__all__ = ["INTENTS", "Answer", "Candidate", "Conversation", "PendingLog"]
