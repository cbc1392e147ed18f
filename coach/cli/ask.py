"""``coach ask "QUESTION"``: the coach pane's answers on the command line.

Exit codes follow the command-line contract: 0 answered (or an action stored or not),
1 nothing matched (a question not understood, a name not found or matching several
people: the reply says what to ask instead) or an action the rules say cannot be logged
(refused as ``coach log`` and the app's keys refuse it; nothing is stored).
"""

from __future__ import annotations

import sys

from coach.cli.errors import NOT_ALLOWED, NOT_FOUND, CommandError
from coach.cli.opening import EMPTY, home_of, open_service
from coach.cli.output import print_json
from coach.coaching import Answer, Conversation
from coach.coaching.answer import AMBIGUOUS, NOT_FOUND as NO_ONE, NOT_UNDERSTOOD, REFUSED
from coach.coaching.logging_flow import reply_kind
from coach.coaching.text import words

EXIT_CODES = {NOT_UNDERSTOOD: NOT_FOUND, AMBIGUOUS: NOT_FOUND, NO_ONE: NOT_FOUND,
              REFUSED: NOT_ALLOWED}

NOT_STORED = {"en": "Nothing stored: rerun with --yes to store it.",
              "fr": "Rien n'a été enregistré : relancez avec --yes pour l'enregistrer."}
PROMPT = {"en": "Store it? [y/N] ", "fr": "L'enregistrer ? [o/N] "}


def ask(args) -> int:
    """Answer one question; an action told in words is stored only once confirmed."""
    question = " ".join(args.question)
    with open_service(args) as service:  # a question reads only; a confirmed act writes
        conversation = service.conversation()
        answer = conversation.ask(question)
        if answer.pending is not None:
            if service.is_demo:
                raise CommandError(EMPTY, home=home_of(args))
            answer = _confirmed(args, conversation, answer)
        _show(args, answer)
    return EXIT_CODES.get(answer.outcome, 0)


def _confirmed(args, conversation: Conversation, preview: Answer) -> Answer:
    """Store with --yes, ask on a terminal, else store nothing and say how to."""
    if args.yes:
        return conversation.confirm()
    if args.json or not sys.stdin.isatty():
        preview.say(NOT_STORED[preview.language])
        return preview
    print(preview.text)
    try:
        reply = input(PROMPT[preview.language])
    except EOFError:
        reply = ""
    return conversation.confirm() if reply_kind(words(reply)) == "yes" else conversation.cancel()


def _show(args, answer: Answer) -> None:
    if args.json:
        print_json(answer.to_json())
    else:
        print(answer.text)
