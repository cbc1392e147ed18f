"""Opening the service a command works on, and turning a query into one person."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import NOT_FOUND, CommandError
from coach.model import Person
from coach.service import NetworkService
from coach.store import StoreError
from coach.wording import Wording
from coach.wording.vocabulary import badge
from coach.workspace import Workspace, default_home


def home_of(args) -> Path:
    """The workspace folder of ``--home`` (or ``$COACH_HOME``, or the user data folder)."""
    return Path(args.home).expanduser() if args.home else default_home()


def open_service(args, *, allow_demo: bool = True, writes: bool = False) -> NetworkService:
    """The service on the workspace of ``--home`` (or the default); the demo network when
    the workspace is empty. Commands that write (``allow_demo=False``) always get the
    real workspace; commands that only read (``writes`` false) leave the store untouched.
    """
    home = home_of(args)
    try:
        workspace = Workspace(home)
    except (StoreError, OSError) as error:
        raise CommandError("cannot open the workspace {home}: {reason}", home=home,
                           reason=str(error)) from None
    if allow_demo and workspace.store.is_empty():
        workspace.close()
        from coach.demo import DEMO_BANNER, open_demo

        w = Wording(workspace.config.language)
        print("coach: " + w("your workspace {home} is empty; showing the demo network. "
                            "{banner}", home=home, banner=w(DEMO_BANNER)), file=sys.stderr)
        demo = open_demo()
        demo.use_config(workspace.config, workspace.config_problems)  # the user's settings
        demo.use_rules(workspace.rule_folders())  # and the user's rules
        workspace = demo
    if getattr(args, "rules", None):
        workspace.use_rules(Path(args.rules))
    return NetworkService(workspace, save_snapshot=writes)


EMPTY = ("your workspace {home} is empty: import your network first "
         "(`coach import PATH`), or explore the demo with `coach demo`")


def open_writable(args) -> NetworkService:
    """The service on the real workspace for a command that writes; exit 2 when empty."""
    service = open_service(args, allow_demo=False, writes=True)
    if service.store.is_empty():
        home = service.home
        service.close()
        raise CommandError(EMPTY, home=home)
    return service


def resolve_person(service: NetworkService, query: str) -> Person:
    """The one person a query means; exit 1 listing the candidates when it is ambiguous,
    exit 2 when the query is blank."""
    if not query.strip():
        raise CommandError("an empty query: give a name, a profile URL or an id (#12)")
    people = service.find(query)
    if not people:
        raise CommandError("no one matches {query!r}", NOT_FOUND, query=query)
    if len(people) > 1:
        raise CommandError(_candidates(service, query, people), NOT_FOUND)
    return people[0]


def _candidates(service: NetworkService, query: str, people: list[Person]) -> str:
    """The people a query matches, worded in the workspace's language."""
    w = Wording(service.language)
    lines = [w("{n} people match {query!r}; use the id, e.g. #{id}:", n=len(people),
               query=query, id=people[0].id)]
    for person in people[:20]:
        contact = service.contact(person.id)
        detail = " · ".join(part for part in (person.position, person.company) if part)
        label = badge(contact.degree, w.language)
        lines.append(f"  #{contact.id:<6} {contact.name:<30} {label:<4} {detail}")
    if len(people) > 20:
        lines.append(w("  … and {n} more", n=len(people) - 20))
    return "\n".join(lines)
