"""``coach log``, ``coach tag`` and ``coach me``: writing to the workspace, through the service.

A log the rules say could not have happened (an invitation to someone who shows only an
initial, a message to a do-not-contact person…) is refused with the reason and exit 1,
exactly as the app's keys and the coach pane refuse it; malformed input exits 2.
"""

from __future__ import annotations

from coach.cli.errors import BAD_INPUT, NOT_ALLOWED, NOT_FOUND, CommandError
from coach.cli.opening import open_writable, resolve_person
from coach.logbook import BadLogInput, LogRefused
from coach.wording import Wording
from coach.wording.outcomes import logged_words


def log(args) -> int:
    """Record an action with one person."""
    with open_writable(args) as service:
        person = resolve_person(service, args.query)
        try:
            logged = service.log(person.id, args.action, note=args.note or "", at=args.at,
                                 direction=args.direction)
        except BadLogInput as error:
            raise CommandError(str(error), BAD_INPUT) from None
        except LogRefused as error:
            raise CommandError("not logged: {reason}", NOT_ALLOWED, reason=str(error)) from None
        except ValueError as error:  # a date that is not one
            raise CommandError(str(error), BAD_INPUT) from None
        print(logged_words(logged, Wording(service.language)))
    return 0


def tag(args) -> int:
    """Add or remove tags on one person."""
    with open_writable(args) as service:
        person = resolve_person(service, args.query)
        try:
            tags = service.tag(person.id, args.tags, remove=args.remove)
        except BadLogInput as error:
            raise CommandError(str(error), BAD_INPUT) from None
        w = Wording(service.language)
        print(w("{name}: {tags}", name=person.full_name,
                tags=", ".join(tags) if tags else w("no tags")))
    return 0


def me(args) -> int:
    """Show who is "me", or choose them."""
    with open_writable(args) as service:
        if args.query:
            person = resolve_person(service, args.query)
            service.set_me(person.id)
            print(Wording(service.language)("Me: {name} (#{id})", name=person.full_name,
                                            id=person.id))
            return 0
        me_id = service.store.me
        if me_id is None:
            raise CommandError("no 'me' chosen yet: `coach me QUERY`", NOT_FOUND)
        person = service.store.people.get(me_id)
        print(Wording(service.language)("Me: {name} (#{id})", name=person.full_name,
                                        id=person.id))
    return 0
