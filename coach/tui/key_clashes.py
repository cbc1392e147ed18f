"""Keymap entries that take another binding's key: the person's entry wins, and says so.

``"log.met" = "v"`` in ``[keymap]`` takes ``v`` from ``log.visited``. Left alone, Textual
silently drops one of the two and the help screen lists two ``v``. Here the entry the person
wrote keeps the key, the other binding keeps only its other keys (or none: it is then bound
to no key, see :data:`NO_KEY`), and a notice at start names both binding ids.
"""

from __future__ import annotations

from coach.wording import Wording

NO_KEY = ","
"""The keymap value of a binding left without a key: Textual binds it to the empty key,
which no key press matches (an empty value would leave its default key in place)."""


def settle_clashes(keymap: dict[str, str], keys: tuple, where: str,
                   words: Wording | None = None) -> tuple[dict[str, str], list[str]]:
    """The keymap with every clash settled in favour of the person's entries, and one
    notice per clash naming both bindings. ``keys``: every binding (``coach.tui.keys.Key``).
    Two entries of the person on the same key: the first one written keeps it."""
    w = words or Wording()
    taken: dict[str, list[str]] = {key.id: _split(keymap.get(key.id, key.keys)) for key in keys}
    settled = dict(keymap)
    notices: list[str] = []
    for winner in keymap:
        for pressed in _split(keymap[winner]):
            if pressed not in taken[winner]:  # already lost to an earlier entry
                continue
            for key in keys:
                if key.id == winner or pressed not in taken[key.id] \
                        or not _scopes(key.id) & _scopes(winner):
                    continue
                taken[key.id].remove(pressed)
                left = taken[key.id]
                settled[key.id] = ",".join(left) if left else NO_KEY
                notices.append(_told(w, where, winner, pressed, key.id, left))
    return settled, notices


def _scopes(key_id: str) -> set[str]:
    """Where a binding is active: the detail pane's keys only while it has the focus, the
    main screen's and the list's while the list has it, the app's everywhere. Two bindings
    clash only where both are active (``down`` moves the list, or the focused pane)."""
    if key_id.startswith("app."):
        return {"main", "pane"}
    return {"pane"} if key_id.startswith("pane.") else {"main"}


def unbound(keymap: dict[str, str], key_id: str) -> bool:
    """Whether a binding lost every key to the person's keymap."""
    return keymap.get(key_id) == NO_KEY


def _split(keys: str) -> list[str]:
    return [part for part in (piece.strip() for piece in keys.split(",")) if part]


def _told(w: Wording, where: str, winner: str, pressed: str, loser: str,
          left: list[str]) -> str:
    if left:
        return w("{where}: {winner} = \"{key}\" takes {key} from {loser}, which keeps "
                 "{left}", where=where, winner=winner, key=pressed, loser=loser,
                 left=", ".join(left))
    return w("{where}: {winner} = \"{key}\" takes {key} from {loser}, which has no key "
             "left: give it one in [keymap]", where=where, winner=winner, key=pressed,
             loser=loser)
