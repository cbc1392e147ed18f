"""Which keys the footer shows at a width: the essential ones first, the rest when they fit.

At 80 columns the footer cannot show every key: it then shows the keys a person needs to
find everything else (quit, help, search, the coach, the agenda, the overview), in
:data:`FOOTER_PRIORITY` order, as many as fit. The filter keys are on the filter bar's
chips and the log keys beside each action of the detail pane, so they go first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rich.cells import cell_len

FOOTER_PRIORITY = ("app.quit", "app.help", "main.search", "main.coach", "app.agenda",
                   "app.overview", "log.note", "log.messaged", "log.invited", "log.visited",
                   "main.sort", "main.followers")
"""Binding ids by how much the footer needs them; other shown keys come after, in order."""

PALETTE_CELLS = 14
"""The command palette's key, docked at the right of the footer (``^p palette``)."""


def footer_cost(key_display: str, description: str, compact: bool) -> int:
    """The cells one key takes in Textual's footer (its padding and margin included)."""
    return cell_len(key_display) + cell_len(description) + (2 if compact else 3)


def fit_footer(active: dict, width: int, key_display: Callable[[object], str]) -> tuple[
        dict, bool]:
    """``Screen.active_bindings`` with only the shown keys that fit in ``width`` cells
    left shown, and whether the footer must be compact for them to fit.

    The full footer is kept when it fits; else the compact one with as many keys as fit,
    most needed first (the others keep working: they are only not shown)."""
    shown = [(key, item.binding) for key, item in active.items() if item.binding.show]
    room = width - PALETTE_CELLS

    def cost(binding, compact: bool) -> int:
        return footer_cost(key_display(binding), binding.description, compact)

    actions = {}  # the footer shows one key per action
    for key, binding in shown:
        actions.setdefault(binding.action, (key, binding))
    if sum(cost(binding, False) for _, binding in actions.values()) <= room:
        return active, False
    rank = {key_id: place for place, key_id in enumerate(FOOTER_PRIORITY)}
    ordered = sorted(actions.values(),
                     key=lambda item: rank.get(item[1].id or "", len(FOOTER_PRIORITY)))
    kept: set[str] = set()
    used = 0
    for _key, binding in ordered:
        used += cost(binding, True)
        if used > room:
            break
        kept.add(binding.action)
    fitted = {key: item if not item.binding.show or item.binding.action in kept
              else item._replace(binding=replace(item.binding, show=False))
              for key, item in active.items()}
    return fitted, True


def refit_footer(screen) -> None:
    """After a resize: make the screen's footer compact or not, and show it the keys that
    now fit (a footer rebuild only when the keys shown change)."""
    from textual.widgets import Footer

    fitted, compact = fit_footer(screen.active_bindings_unfitted, screen.size.width,
                                 screen.app.get_key_display)
    shown = frozenset(key for key, item in fitted.items() if item.binding.show)
    if getattr(screen, "_footer_fit", None) == (shown, compact):
        return
    screen._footer_fit = (shown, compact)
    for footer in screen.query(Footer):
        footer.compact = compact
    screen.refresh_bindings()
