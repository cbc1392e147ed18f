"""``coach add`` and ``coach edit``: someone seen on LinkedIn or met in person, by hand.

Exit codes: 0 ok; 1 a shared connection named that is not exactly one of your 1st-degree
connections (the candidates are listed), or no one matches QUERY; 2 bad input.
"""

from __future__ import annotations

from coach.cli.errors import BAD_INPUT, NOT_FOUND, CommandError
from coach.cli.opening import open_writable, resolve_person
from coach.cli.output import print_json
from coach.logbook import BadLogInput
from coach.model import Degree
from coach.service.by_hand import FIELDS, AmbiguousName
from coach.wording import Wording
from coach.wording.vocabulary import badge

DETAILS = ("company", "position", "headline", "location", "email")


def add_command(args) -> int:
    """Add (or complete) a person and how they are linked to you."""
    degree = Degree.parse(args.degree) if args.degree else None
    with open_writable(args) as service:
        w = Wording(service.language)
        try:
            added = service.by_hand.add(
                args.name, url=args.url, degree=degree, mutual=args.mutual or (),
                follows_me=args.follows_me, i_follow=args.i_follow, note=args.note or "",
                **{key: getattr(args, key) or "" for key in DETAILS})
        except AmbiguousName as error:
            raise CommandError(_ambiguous(service, error, w), NOT_FOUND) from None
        except BadLogInput as error:
            raise CommandError(str(error), BAD_INPUT) from None
        contact = service.contact(added.person_id)
        if args.json:
            print_json(dict(contact.to_json(), new=added.new,
                            linked_through=added.linked_through))
            return 0
        print(w("Added {name} (#{id}), {degree}" if added.new
                else "Updated {name} (#{id}), {degree}", name=contact.name, id=contact.id,
                degree=badge(contact.degree, w.language)))
        if added.linked_through:
            print(w("Shared connections: {names}", names=", ".join(added.linked_through)))
    return 0


def edit_command(args) -> int:
    """Correct some fields of one person."""
    fields = {key: getattr(args, key) for key in FIELDS if getattr(args, key, None) is not None}
    with open_writable(args) as service:
        w = Wording(service.language)
        person = resolve_person(service, args.query)
        try:
            changed = service.by_hand.edit(person.id, **fields)
        except BadLogInput as error:
            raise CommandError(str(error), BAD_INPUT) from None
        print(w("Updated {name} (#{id}): {fields}", name=changed.full_name, id=changed.id,
                fields=", ".join(sorted(fields))))
    return 0


def _ambiguous(service, error: AmbiguousName, w: Wording) -> str:
    if not error.candidates:
        return w("{name!r} is none of your 1st-degree connections: name a connection "
                 "(or import them first)", name=error.name)
    lines = [w("{name!r} matches several of your connections; use the id, e.g. #{id}:",
               name=error.name, id=error.candidates[0].id)]
    for person in error.candidates[:20]:
        lines.append(f"  #{person.id:<6} {person.full_name}")
    return "\n".join(lines)
