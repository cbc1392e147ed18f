"""``coach log``, ``coach tag`` and ``coach me``: writing to the workspace."""

from __future__ import annotations

from coach.cli.errors import CommandError
from coach.cli.opening import open_writable, resolve_person
from coach.logbook import LogRefused, log_action


def log(args) -> int:
    """Record an action with one person."""
    with open_writable(args) as workspace:
        person = resolve_person(workspace, args.query)
        contact = workspace.contact(person.id)
        try:
            logged = log_action(
                workspace.store, person.id, args.action, contact.degree, at=args.at,
                note=args.note or "", direction=args.direction, name=contact.name,
            )
        except (LogRefused, ValueError) as error:
            raise CommandError(str(error)) from None
        print(logged.summary)
    return 0


def tag(args) -> int:
    """Add or remove tags on one person."""
    with open_writable(args) as workspace:
        person = resolve_person(workspace, args.query)
        if args.remove:
            workspace.store.tags.remove(person.id, *args.tags)
        else:
            workspace.store.tags.add(person.id, *args.tags)
        tags = workspace.store.tags.of(person.id)
        print(f"{person.full_name}: {', '.join(tags) if tags else 'no tags'}")
    return 0


def me(args) -> int:
    """Show who is "me", or choose them."""
    with open_writable(args) as workspace:
        if args.query:
            person = resolve_person(workspace, args.query)
            workspace.store.set_me(person.id)
            print(f"Me: {person.full_name} (#{person.id})")
            return 0
        me_id = workspace.store.me
        if me_id is None:
            raise CommandError("no 'me' chosen yet: `coach me QUERY`", 1)
        person = workspace.store.people.get(me_id)
        print(f"Me: {person.full_name} (#{person.id})")
    return 0
