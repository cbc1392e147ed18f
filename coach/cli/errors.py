"""Errors a command reports in one line, with the exit code they mean."""

from __future__ import annotations

NOT_FOUND = 1
NOT_ALLOWED = 1
"""The rules say it cannot be done now (an invitation LinkedIn does not offer…): like
nothing matched, exit 1; bad input is 2."""
BAD_INPUT = 2


class CommandError(Exception):
    """A one-line reason and an exit code (1 nothing matched, 2 bad input).

    With ``values``, ``message`` is an English template (``"no open reminder #{id}"``)
    that :meth:`worded` says in the workspace's language; a value named ``reason`` is a
    sentence of the domain, said again in that language when its shape is known. Without
    values, the message is a sentence as it is (the domain's, or one already worded)."""

    def __init__(self, message: str, code: int = BAD_INPUT, **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.template = message
        self.values = values
        self.code = code

    def worded(self, words) -> str:
        """The message in the language of ``words`` (a :class:`coach.wording.Wording`)."""
        if not words.french:
            return str(self)
        from coach.wording.outcomes import said

        if not self.values:
            return said(self.template, words)
        values = dict(self.values)
        if isinstance(values.get("reason"), str):
            values["reason"] = said(values["reason"], words)
        return words(self.template, **values)
