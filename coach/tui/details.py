"""The detail of one contact as styled text: who, degree, paths, shared, follows, actions, advice.

It renders the service's ``Profile``, the same data ``coach show`` prints. Names from the
data are appended as plain text, never parsed as markup.
"""

from __future__ import annotations

from rich.text import Text

from coach.model import Degree
from coach.resources import shown_path
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import degree_words, flag, limit_words, shown_name

MAX_SHARED = 12
MAX_NOTES = 3


def describe_contact(profile, log_keys: dict[str, str] | None = None,
                     words: Wording = ENGLISH) -> Text:
    """Everything the detail pane shows about one person (a ``coach.service.Profile``);
    ``log_keys`` names the key that logs each action (``{"invite": "i"}``), shown beside it;
    ``words``: the language of the labels."""
    w = words
    contact = profile.contact
    person = contact.person
    text = Text()
    text.append(shown_name(contact.display_name, w.language), style="bold")
    if contact.display_name != contact.name:
        text.append(w("  (stored as {name})", name=contact.name), style="dim")
    text.append("\n")
    for line in (person.headline, " · ".join(p for p in (person.position, person.company,
                                                          person.location) if p)):
        if line:
            text.append(f"{line}\n", style="italic")
    if w.french:
        degree = degree_words(contact.degree, w.language)
    else:
        degree = "out of network" if contact.degree is Degree.OUT_OF_NETWORK else \
            f"{contact.degree.label} degree"
    text.append(f"\n{degree}", style="bold")
    if contact.degree_observed:
        text.append(w(" (observed on LinkedIn)"))
    shared = contact.mutual_connections
    text.append(" · " + w.count(shared, "{n} shared connection", "{n} shared connections",
                                grouped=False) + "\n")
    text.append(w("Follows you: {follows_me} · You follow: {i_follow}",
                  follows_me=w.yes(contact.follows_me), i_follow=w.yes(contact.i_follow)) + "\n")
    if profile.flag_labels:
        flags = w.typography("; ").join(flag(label, w.language) for label in profile.flag_labels)
        text.append(w("Flags: {flags}", flags=flags) + "\n")
    if contact.tags:
        text.append(w("Tags: {tags}", tags=", ".join(contact.tags)) + "\n")
    _notes(text, profile, w)
    _paths(text, profile, w)
    _shared(text, profile, w)
    _actions(text, profile, log_keys or {}, w)
    _advice(text, profile, w)
    return text


def _notes(text: Text, profile, w: Wording) -> None:
    """Open reminders first (with their due date), then the latest notes."""
    reminders = profile.reminders
    if not profile.notes and not reminders:
        return
    text.append("\n" + w("Notes") + "\n", style="bold underline")
    for reminder in reminders:
        text.append("  ⏰ " + w("due {day}:", day=reminder.due_on) + " ", style="bold")
        text.append(f"{reminder.text}\n")
    shown = {reminder.text for reminder in reminders}
    notes = [(at, note) for at, note in profile.notes if note not in shown]
    for at, note in notes[:MAX_NOTES]:
        text.append(f"  {at[:10]}  ", style="dim")
        text.append(f"{note}\n")
    if len(notes) > MAX_NOTES:
        text.append("  " + w("… and {n} more (`coach note NAME`)", n=len(notes) - MAX_NOTES)
                    + "\n", style="dim")


def _paths(text: Text, profile, w: Wording) -> None:
    if not profile.paths:
        return
    text.append("\n" + w("Introduction paths") + "\n", style="bold underline")
    for path in profile.paths:
        names = [w("You")] + [shown_name(person.display_name, w.language)
                              for person in path.people[1:]]
        text.append("  " + " → ".join(names) + "\n")


def _shared(text: Text, profile, w: Wording) -> None:
    shared = profile.shared_connections
    if not shared:
        return
    names = [shown_name(person.display_name, w.language) for person in shared[:MAX_SHARED]]
    more = w(" and {n} more", n=len(shared) - MAX_SHARED) if len(shared) > MAX_SHARED else ""
    text.append("\n" + w("Shared connections") + "\n", style="bold underline")
    text.append("  " + ", ".join(names) + more + "\n")


def _actions(text: Text, profile, log_keys: dict[str, str], w: Wording) -> None:
    if not profile.actions:
        return
    text.append("\n" + w("What you can do") + "\n", style="bold underline")
    for status in profile.actions:
        key = f" [{log_keys[status.action]}]" if status.action in log_keys else ""
        reason = w.known(status.reason)
        if status.allowed:
            text.append("  ✓ ", style="bold green")
            text.append(status.label)
            text.append(key, style="bold")
            if status.left is not None:
                text.append(w(" — {left} left ({limit})", left=w.number(status.left),
                              limit=limit_words(status.limit, w.language)), style="dim")
            elif status.reason:
                text.append(f" — {reason}", style="dim")
        else:
            text.append("  ✗ ", style="bold red")
            text.append(status.label + key, style="dim")
            text.append(f" — {reason}", style="dim")
        text.append("\n")


def _advice(text: Text, profile, w: Wording) -> None:
    text.append("\n" + w("Advice") + "\n", style="bold underline")
    if not profile.advice:
        text.append(w("  No rule applies to this contact.") + "\n", style="dim")
    for rank, item in enumerate(profile.advice, 1):
        text.append(f"  {rank}. ", style="bold")
        text.append(item.title, style="bold")
        text.append(f"\n     {item.text}\n")
        text.append(w("     why: {why}", why=item.why) + "\n", style="italic dim")
        text.append(w("     rule {rule} · {where}", rule=item.rule_id,
                      where=f"{shown_path(item.file)}:{item.line}") + "\n", style="dim")
