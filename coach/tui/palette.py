"""Textual's command palette, guarded against two crashes of Textual 8.2 under fast keys.

Both end the app, and both were found by the random-key test
(tests/hardening/test_random_keys.py):

- PageUp or PageDown before the palette's list is first laid out (ctrl+p then PgDn at
  typing speed) raises KeyError in ``OptionList._move_page``;
- a search still running when the palette has just closed (keys typed into it as it
  opens and closes) raises NoMatches looking for its list: the worker outlives the list
  (the palette may still be attached while its children are being removed).
"""

from __future__ import annotations

from textual import work
from textual.command import CommandList, CommandPalette
from textual.css.query import NoMatches


class GuardedCommandPalette(CommandPalette):
    """The command palette, minus the early-paging and late-search crashes."""

    def _action_command_list(self, action: str) -> None:
        try:
            super()._action_command_list(action)
        except KeyError:
            pass  # the list has options but no lines yet: nothing to page through

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        try:
            await CommandPalette._gather_commands.__wrapped__(self, search_value)
        except NoMatches:
            if self.is_running and self.is_attached and self.query(CommandList):
                raise  # the list is still there: not the closing race, a real problem
