"""Opening the workspace a command works on, and turning a query into one person."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import NOT_FOUND, CommandError
from coach.directory import Match, find_people
from coach.model import Person
from coach.store import StoreError
from coach.workspace import Workspace, default_home


def home_of(args) -> Path:
    """The workspace folder of ``--home`` (or ``$COACH_HOME``, or the user data folder)."""
    return Path(args.home).expanduser() if args.home else default_home()


def open_workspace(args, *, allow_demo: bool = True) -> Workspace:
    """The workspace of ``--home`` (or the default); the demo network when it is empty.

    Commands that write (``allow_demo=False``) always get the real workspace.
    """
    home = home_of(args)
    try:
        workspace = Workspace(home)
    except (StoreError, OSError) as error:
        raise CommandError(f"cannot open the workspace {home}: {error}") from None
    if allow_demo and workspace.store.is_empty():
        workspace.close()
        from coach.demo import DEMO_BANNER, open_demo

        print(f"coach: your workspace {home} is empty; showing the demo network. "
              f"{DEMO_BANNER}", file=sys.stderr)
        demo = open_demo()
        demo.use_config(workspace.config, workspace.config_problems)  # the user's settings
        demo.use_rules(workspace.rule_folders())  # and the user's rules
        workspace = demo
    if getattr(args, "rules", None):
        workspace.use_rules(Path(args.rules))
    return workspace


EMPTY = ("your workspace {home} is empty: import your network first "
         "(`coach import PATH`), or explore the demo with `coach demo`")


def open_writable(args) -> Workspace:
    """The real workspace for a command that writes; exit 2 when it is still empty."""
    workspace = open_workspace(args, allow_demo=False)
    if workspace.store.is_empty():
        home = workspace.home
        workspace.close()
        raise CommandError(EMPTY.format(home=home))
    return workspace


def resolve_person(workspace: Workspace, query: str) -> Person:
    """The one person a query means; exit 1 listing the candidates when it is ambiguous."""
    matches = find_people(query, workspace.roster.people.values())
    if not matches:
        raise CommandError(f"no one matches {query!r}", NOT_FOUND)
    if len(matches) > 1:
        raise CommandError(_candidates(workspace, query, matches), NOT_FOUND)
    return matches[0].person


def _candidates(workspace: Workspace, query: str, matches: list[Match]) -> str:
    lines = [f"{len(matches)} people match {query!r}; use the id, e.g. #{matches[0].person.id}:"]
    for match in matches[:20]:
        contact = workspace.contact(match.person.id)
        detail = " · ".join(part for part in (contact.person.position, contact.person.company) if part)
        lines.append(f"  #{contact.id:<6} {contact.name:<30} {contact.degree.label:<4} {detail}")
    if len(matches) > 20:
        lines.append(f"  … and {len(matches) - 20} more")
    return "\n".join(lines)
