"""The detail of one contact, in the order it is used: who they are and what waits, the
advice, what you can do, then paths, shared connections, history and notes.

It renders the service's ``Profile`` (the same data ``coach show`` prints), their history
(``service.history.entries``) and their open loops (``service.follow_ups``). Long lists are
folded to their first lines and a line that opens them; ``opened`` names the lists opened.
Names from the data are appended as plain text, never parsed as markup.
"""

from __future__ import annotations

from rich.text import Text

from coach.model import Degree
from coach.resources import shown_path
from coach.strategy.loop_words import describe
from coach.tui.detail_history import history_section, notes_section
from coach.tui.pane_text import PaneText
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import degree_words, flag, limit_words, shown_name

MAX_SHARED = 12
MAX_SHARED_OPENED = 500
"""Shared connections named once the list is opened (`coach show` names them all)."""


def describe_contact(profile, log_keys: dict[str, str] | None = None,
                     words: Wording = ENGLISH, *, entries=(), loops=(),
                     opened: frozenset[str] = frozenset()) -> PaneText:
    """Everything the detail pane shows about one person (a ``coach.service.Profile``);
    ``log_keys`` names the key that logs each action (``{"invite": "i"}``), shown beside it;
    ``entries``: their history, newest first; ``loops``: what waits on me with them;
    ``opened``: the folded lists to show in full (``blocked``, ``advice``, ``shared``,
    ``history``, ``notes``); ``words``: the language of the labels."""
    text = PaneText()
    _situation(text, profile, loops, words)
    _advice(text, profile, "advice" in opened, words)
    _actions(text, profile, log_keys or {}, "blocked" in opened, words)
    _paths(text, profile, words)
    _shared(text, profile, "shared" in opened, words)
    history_section(text, entries, "history" in opened, words)
    notes_section(text, entries, "notes" in opened, words)
    return text


def _situation(text: PaneText, profile, loops, w: Wording) -> None:
    contact = profile.contact
    person = contact.person
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
    for loop in loops:  # what waits on me with them: the first thing to know
        text.append("⏳ ", style="bold yellow")
        text.append(describe(loop, w) + "\n", style="bold")


def _advice(text: PaneText, profile, opened: bool, w: Wording) -> None:
    """The top advice in full; the others behind a line that opens them."""
    text.append("\n" + w("Advice") + "\n", style="bold underline")
    if not profile.advice:
        text.append(w("  No rule applies to this contact.") + "\n", style="dim")
    shown = profile.advice if opened else profile.advice[:1]
    for rank, item in enumerate(shown, 1):
        text.append(f"  {rank}. ", style="bold")
        text.append(item.title, style="bold")
        text.append(f"\n     {item.text}\n")
        text.append(w("     why: {why}", why=item.why) + "\n", style="italic dim")
        text.append(w("     rule {rule} · {where}", rule=item.rule_id,
                      where=f"{shown_path(item.file)}:{item.line}") + "\n", style="dim")
    more = len(profile.advice) - 1
    if more > 0 and not opened:
        text.mark("open:advice")
        text.append("  " + w.count(more, "… and {n} more piece of advice (Enter)",
                                   "… and {n} more pieces of advice (Enter)") + "\n",
                    style="dim")


def _actions(text: PaneText, profile, log_keys: dict[str, str], opened: bool,
             w: Wording) -> None:
    """The allowed actions, then the blocked ones folded into one line that opens."""
    if not profile.actions:
        return
    text.append("\n" + w("What you can do") + "\n", style="bold underline")
    blocked = [status for status in profile.actions if not status.allowed]
    for status in profile.actions:
        if not status.allowed:
            continue
        key = f" [{log_keys[status.action]}]" if status.action in log_keys else ""
        text.append("  ✓ ", style="bold green")
        text.append(status.label)
        text.append(key, style="bold")
        if status.left is not None:
            text.append(w(" — {left} left ({limit})", left=w.number(status.left),
                          limit=limit_words(status.limit, w.language)), style="dim")
        elif status.reason:
            text.append(f" — {w.known(status.reason)}", style="dim")
        text.append("\n")
    if len(blocked) == len(profile.actions):
        text.append(w("  Nothing is possible with them now.") + "\n", style="dim")
    if not blocked:
        return
    text.mark("open:blocked")
    text.append("  ✗ ", style="bold red")
    if not opened:
        text.append(w.count(len(blocked), "{n} action not possible now — Enter shows why",
                            "{n} actions not possible now — Enter shows why") + "\n",
                    style="dim")
        return
    text.append(w.count(len(blocked), "{n} action not possible now:",
                        "{n} actions not possible now:") + "\n", style="dim")
    for status in blocked:
        key = f" [{log_keys[status.action]}]" if status.action in log_keys else ""
        text.append("  ✗ ", style="bold red")
        text.append(status.label + key, style="dim")
        text.append(f" — {w.known(status.reason)}\n", style="dim")


def _paths(text: PaneText, profile, w: Wording) -> None:
    if not profile.paths:
        return
    text.append("\n" + w("Introduction paths") + "\n", style="bold underline")
    for path in profile.paths:
        names = [w("You")] + [shown_name(person.display_name, w.language)
                              for person in path.people[1:]]
        text.append("  " + " → ".join(names) + "\n")


def _shared(text: PaneText, profile, opened: bool, w: Wording) -> None:
    shared = profile.shared_connections
    if not shared:
        return
    limit = MAX_SHARED_OPENED if opened else MAX_SHARED
    names = [shown_name(person.display_name, w.language) for person in shared[:limit]]
    text.append("\n" + w("Shared connections") + "\n", style="bold underline")
    if len(shared) > limit:
        if not opened:
            text.mark("open:shared")
        more = w(" and {n} more (Enter)", n=len(shared) - limit) if not opened else \
            w(" and {n} more (`coach show NAME`)", n=len(shared) - limit)
    else:
        more = ""
    text.append("  " + ", ".join(names) + more + "\n")


def message(text: str) -> PaneText:
    """A plain message in the pane instead of a contact."""
    return PaneText.of(Text(text, style="italic"))
