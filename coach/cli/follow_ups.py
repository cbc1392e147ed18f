"""``coach note``, and the open loops (what is waiting on you) in ``coach advise`` and ``plan``.

Exit codes: 0 ok; 1 no such reminder; 2 bad input (no text, a date that cannot be read).
"""

from __future__ import annotations

from coach.cli.errors import BAD_INPUT, NOT_FOUND, CommandError
from coach.cli.opening import open_writable, resolve_person
from coach.cli.output import print_json
from coach.logbook import BadLogInput
from coach.strategy.loop_words import describe, heading
from coach.strategy.open_loops import shown_first
from coach.wording import Wording

SHOWN_LOOPS = 15
"""How many open loops ``coach advise`` and ``coach plan`` print (``--json`` gives all)."""


def note_command(args) -> int:
    """Add a note or a reminder on someone, list their notes, or mark a reminder done."""
    with open_writable(args) as service:
        desk, w = service.follow_ups, Wording(service.language)
        if args.done is not None:
            if not desk.done(args.done):
                raise CommandError("no open reminder #{id} (`coach note NAME` lists them)",
                                   NOT_FOUND, id=args.done)
            print(w("Reminder #{id} done.", id=args.done))
            return 0
        if not args.query:
            raise CommandError("name the person: `coach note QUERY TEXT [--due DATE]`")
        person = resolve_person(service, args.query)
        text = " ".join(args.text or []).strip()
        if args.text and not text:
            raise CommandError("a note needs text: `coach note QUERY TEXT [--due DATE]`")
        if not text:
            if args.due:
                raise CommandError("a reminder needs some text: `coach note QUERY TEXT --due "
                                   "DATE`")
            return _list(service, person, args.json, w)
        try:
            reminder = desk.note(person.id, text, args.due)
        except BadLogInput as error:
            raise CommandError(str(error), BAD_INPUT) from None
        if reminder is None:
            print(w("Noted for {name}: {text}", name=person.full_name, text=text))
        else:
            print(w("Reminder #{id} for {name}, due {day}: {text}", id=reminder.id,
                    name=person.full_name, day=reminder.due_on, text=reminder.text))
    return 0


def _list(service, person, as_json: bool, w: Wording) -> int:
    notes = service.follow_ups.notes(person.id)
    reminders = service.follow_ups.reminders(person.id)
    if as_json:
        print_json({"id": person.id, "name": person.full_name,
                    "notes": [{"at": at, "text": text} for at, text in notes],
                    "reminders": [{"id": r.id, "due": r.due_on, "text": r.text}
                                  for r in reminders]})
        return 0
    if not notes:
        print(w("No notes on {name} yet: `coach note QUERY TEXT [--due DATE]`.",
                name=person.full_name))
        return 0
    print(w("Notes on {name}:", name=person.full_name))
    for at, text in notes:
        print(f"  {at[:10]}  {text}")
    if reminders:
        print(w("Open reminders (`coach note --done ID` when dealt with):"))
        for reminder in reminders:
            print(w("  #{id}  due {day}  {text}", id=reminder.id, day=reminder.due_on,
                    text=reminder.text))
    return 0


def loop_lines(loops, language: str = "en", limit: int | None = SHOWN_LOOPS) -> list[str]:
    """The open loops as text: a heading, one line each, and how many more there are."""
    w = Wording(language)
    lines = [heading(len(loops), w)]
    for loop in (loops if limit is None else shown_first(loops, limit)):
        lines.append(f"  #{loop.person_id:<6} {describe(loop, w)}")
    if limit is not None and len(loops) > limit:
        lines.append("  " + w("… and {n} more (`--json` lists them all)", n=len(loops) - limit))
    return lines
