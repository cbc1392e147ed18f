"""The detail of one contact as styled text: who, degree, paths, shared, follows, actions, advice.

It renders the service's ``Profile``, the same data ``coach show`` prints. Names from the
data are appended as plain text, never parsed as markup.
"""

from __future__ import annotations

from rich.text import Text

from coach.model import Degree
from coach.resources import shown_path

MAX_SHARED = 12
MAX_NOTES = 3


def describe_contact(profile, log_keys: dict[str, str] | None = None) -> Text:
    """Everything the detail pane shows about one person (a ``coach.service.Profile``);
    ``log_keys`` names the key that logs each action (``{"invite": "i"}``), shown beside it."""
    contact = profile.contact
    person = contact.person
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
    if profile.flag_labels:
        text.append(f"Flags: {'; '.join(profile.flag_labels)}\n")
    if contact.tags:
        text.append(f"Tags: {', '.join(contact.tags)}\n")
    _notes(text, profile)
    _paths(text, profile)
    _shared(text, profile)
    _actions(text, profile, log_keys or {})
    _advice(text, profile)
    return text


def _notes(text: Text, profile) -> None:
    """Open reminders first (with their due date), then the latest notes."""
    reminders = getattr(profile, "reminders", ())
    if not profile.notes and not reminders:
        return
    text.append("\nNotes\n", style="bold underline")
    for reminder in reminders:
        text.append(f"  ⏰ due {reminder.due_on}: ", style="bold")
        text.append(f"{reminder.text}\n")
    shown = {reminder.text for reminder in reminders}
    notes = [(at, note) for at, note in profile.notes if note not in shown]
    for at, note in notes[:MAX_NOTES]:
        text.append(f"  {at[:10]}  ", style="dim")
        text.append(f"{note}\n")
    if len(notes) > MAX_NOTES:
        text.append(f"  … and {len(notes) - MAX_NOTES} more (coach note NAME)\n", style="dim")


def _paths(text: Text, profile) -> None:
    if not profile.paths:
        return
    text.append("\nIntroduction paths\n", style="bold underline")
    for path in profile.paths:
        names = ["You"] + [person.display_name for person in path.people[1:]]
        text.append("  " + " → ".join(names) + "\n")


def _shared(text: Text, profile) -> None:
    shared = profile.shared_connections
    if not shared:
        return
    names = [person.display_name for person in shared[:MAX_SHARED]]
    more = f" and {len(shared) - MAX_SHARED} more" if len(shared) > MAX_SHARED else ""
    text.append("\nShared connections\n", style="bold underline")
    text.append("  " + ", ".join(names) + more + "\n")


def _actions(text: Text, profile, log_keys: dict[str, str]) -> None:
    if not profile.actions:
        return
    text.append("\nWhat you can do\n", style="bold underline")
    for status in profile.actions:
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


def _advice(text: Text, profile) -> None:
    text.append("\nAdvice\n", style="bold underline")
    if not profile.advice:
        text.append("  No rule applies to this contact.\n", style="dim")
    for rank, item in enumerate(profile.advice, 1):
        text.append(f"  {rank}. ", style="bold")
        text.append(item.title, style="bold")
        text.append(f"\n     {item.text}\n")
        text.append(f"     why: {item.why}\n", style="italic dim")
        text.append(f"     rule {item.rule_id} · {shown_path(item.file)}:{item.line}\n", style="dim")


def _yes(value: bool) -> str:
    return "yes" if value else "no"
