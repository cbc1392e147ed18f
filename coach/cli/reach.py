"""``coach reach TEXT``: everyone known at a company, in a role or in a city, by degree,
with the best introducer and a teammate who can help (the service decides; this prints)."""

from __future__ import annotations

from coach.cli.errors import NOT_FOUND, CommandError
from coach.cli.opening import open_service
from coach.cli.output import print_json, table
from coach.service.reach import BadReachText, Reach, Reached
from coach.wording import Wording
from coach.wording.reach import how_to_reach, matched_words, reach_summary, work_line
from coach.wording.vocabulary import degree_words, shown_name


def reach_command(args) -> int:
    """Print who is known there; exit 1 when no one is, 2 when the text is empty."""
    text = " ".join(args.text)
    with open_service(args) as service:
        try:
            found = service.reach(text, args.limit)
        except BadReachText as error:
            raise CommandError(str(error)) from None
        if args.json:
            print_json(found.to_json())
        else:
            print("\n".join(reach_lines(found, Wording(service.language))))
    return 0 if found.total else NOT_FOUND


def reach_lines(found: Reach, w: Wording) -> list[str]:
    """The people found, a block per degree, as aligned text."""
    lines = [reach_summary(found, w)]
    for degree, people in found.people.items():
        count = found.counts.get(degree, 0)
        if not count:
            continue
        lines += ["", f"{degree_words(degree, w.language)} ({w.number(count)})"]
        lines += table([_row(person, w) for person in people], [26, 14, 44])
        if count > len(people):
            lines.append(w("  … and {n} more (--limit)", n=w.number(count - len(people))))
    return lines


def _row(person: Reached, w: Wording) -> list[str]:
    return ["  " + shown_name(person.name, w.language), matched_words(person.matched_on, w),
            work_line(person.contact), how_to_reach(person, w)]
