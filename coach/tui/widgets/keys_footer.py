"""The footer of keys, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's footer, which rebuilds itself (a widget per key) each time its screen says
    its keys may have changed: seven times while the app starts, some tens of ms of the
    event loop each, the list's first look waiting behind them. This one rebuilds only when
    what it would show differs from what it shows."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.shown_keys: tuple | None = None
        """What the footer shows now: each key with its label, description and state."""
        self.rebuilds = 0
        """How many times the footer was rebuilt (tests read it)."""

    def keys_to_show(self) -> tuple:
        """What a rebuild would show now (compact or not is not rebuilt: each key follows
        the footer's ``compact``)."""
        display = self.app.get_key_display
        return (self.show_command_palette, self.combine_groups, tuple(
            (binding.key, display(binding), binding.description, binding.action,
             binding.group, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show))

    async def recompose(self) -> None:
        if not self.is_attached:
            return await super().recompose()
        wanted = self.keys_to_show()
        if wanted == self.shown_keys:
            return
        await super().recompose()
        self.shown_keys = wanted
        self.rebuilds += 1
