"""The detail of one contact as styled text: who, degree, paths, shared, follows, actions, advice.

Names from the data are appended as plain text, never parsed as markup.
"""

from __future__ import annotations

from rich.text import Text

from coach.model import Degree
from coach.resources import shown_path
from coach.workspace import Workspace

MAX_SHARED = 12


def describe_contact(workspace: Workspace, person_id: int,
                     log_keys: dict[str, str] | None = None) -> Text:
    """Everything the detail pane shows about one person; ``log_keys`` names the key that
    logs each action (``{"invite": "i"}``), shown beside it."""
    contact = workspace.contact(person_id)
    person = contact.person
    network = workspace.network
    text = Text()
    text.append(contact.display_name, style="bold")
    if contact.display_name != contact.name:
        text.append(f"  (stored as {contact.name})", style="dim")
    text.append("\n")
    for line in (person.headline, " · ".join(p for p in (person.position, person.company,
                                                          person.location) if p)):
        if line:
            text.append(f"{line}\n", style="italic")
    degree = "out of network" if contact.degree is Degree.OUT_OF_NETWORK else \
        f"{contact.degree.label} degree"
    text.append(f"\n{degree}", style="bold")
    if contact.degree_observed:
        text.append(" (observed on LinkedIn)")
    shared = contact.mutual_connections
    text.append(f" · {shared} shared connection{'' if shared == 1 else 's'}\n")
    text.append(f"Follows you: {_yes(contact.follows_me)} · You follow: {_yes(contact.i_follow)}\n")
    flags = [label for on, label in ((contact.shares_group, "shares a group with you"),
                                     (person.open_profile, "Open Profile"),
                                     (contact.coworker, "current coworker")) if on]
    if flags:
        text.append(f"Flags: {'; '.join(flags)}\n")
    if contact.tags:
        text.append(f"Tags: {', '.join(contact.tags)}\n")
    _paths(text, workspace, person_id)
    _shared(text, workspace, network.mutual_connections(person_id))
    _actions(text, workspace, person_id, log_keys or {})
    _advice(text, workspace, person_id)
    return text


def _paths(text: Text, workspace: Workspace, person_id: int) -> None:
    paths = workspace.paths_to(person_id)
    if not paths or len(paths[0].person_ids) < 3:
        return
    text.append("\nIntroduction paths\n", style="bold underline")
    for path in paths:
        names = ["You"] + [workspace.contact(pid).display_name for pid in path.person_ids[1:]]
        text.append("  " + " → ".join(names) + "\n")


def _shared(text: Text, workspace: Workspace, shared: list[int]) -> None:
    if not shared:
        return
    names = [workspace.contact(pid).display_name for pid in shared[:MAX_SHARED]]
    more = f" and {len(shared) - MAX_SHARED} more" if len(shared) > MAX_SHARED else ""
    text.append("\nShared connections\n", style="bold underline")
    text.append("  " + ", ".join(names) + more + "\n")


def _actions(text: Text, workspace: Workspace, person_id: int, log_keys: dict[str, str]) -> None:
    advisor = getattr(workspace, "advisor", None)
    if advisor is None:
        return
    statuses = advisor.actions(person_id)
    if not statuses:
        return
    text.append("\nWhat you can do\n", style="bold underline")
    for status in statuses:
        key = f" [{log_keys[status.action]}]" if status.action in log_keys else ""
        if status.allowed:
            text.append("  ✓ ", style="bold green")
            text.append(status.label)
            text.append(key, style="bold")
            if status.left is not None:
                text.append(f" — {status.left:,} left ({status.limit})", style="dim")
            elif status.reason:
                text.append(f" — {status.reason}", style="dim")
        else:
            text.append("  ✗ ", style="bold red")
            text.append(status.label + key, style="dim")
            text.append(f" — {status.reason}", style="dim")
        text.append("\n")


def _advice(text: Text, workspace: Workspace, person_id: int) -> None:
    advisor = getattr(workspace, "advisor", None)
    if advisor is None:
        return
    advice = advisor.advice(person_id)
    text.append("\nAdvice\n", style="bold underline")
    if not advice:
        text.append("  No rule applies to this contact.\n", style="dim")
    for rank, item in enumerate(advice, 1):
        text.append(f"  {rank}. ", style="bold")
        text.append(item.title, style="bold")
        text.append(f"\n     {item.text}\n")
        text.append(f"     why: {item.why}\n", style="italic dim")
        text.append(f"     rule {item.rule_id} · {shown_path(item.file)}:{item.line}\n", style="dim")


def _yes(value: bool) -> str:
    return "yes" if value else "no"
