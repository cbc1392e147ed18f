"""Strategy: facts about contacts, rules in TOML, ranked advice and the allowed-actions policy.

Nothing here knows about screens. The front ends use::

    book = RuleBook([shipped, workspace_rules])   # .reload() -> problems, .files(), .advise(facts)
    advisor = Advisor(workspace, book)            # .facts(id), .advice(id), .actions(id), …
"""

from coach.strategy.actions import ACTIONS, ActionStatus
from coach.strategy.advisor import Advisor
from coach.strategy.engine import RuleBook
from coach.strategy.facts import FACTS, Fact
from coach.strategy.problems import RuleProblem
from coach.strategy.ranking import Move
from coach.strategy.rule import MOVES, Advice, Rule

__all__ = ["ACTIONS", "FACTS", "MOVES", "ActionStatus", "Advice", "Advisor", "Fact", "Move",
           "Rule", "RuleBook", "RuleProblem"]
