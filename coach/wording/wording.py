"""The words of the front ends in one language.

Front ends write their sentences in English, as they always did, and pass them through a
:class:`Wording`: in English they come back exactly as written; in French the catalogue
gives the translation, with French typography, number format, plural and elision.
"""

from __future__ import annotations

from functools import lru_cache

from coach.wording.typography import fill, french_typography, is_singular, number

LANGUAGES = ("en", "fr")

MISSING: set[str] = set()
"""English sentences asked for in French that the catalogue lacks (they are shown in
English); tests read it to find the sentences left untranslated."""


@lru_cache(maxsize=None)
def _catalogue() -> dict[str, str]:
    from coach.wording.care import FRENCH_CARE
    from coach.wording.catalogue import FRENCH
    from coach.wording.columns import FRENCH_COLUMNS
    from coach.wording.commands import FRENCH_COMMANDS
    from coach.wording.dialogs import FRENCH_DIALOGS
    from coach.wording.drafts import FRENCH_DRAFTS
    from coach.wording.exports import FRENCH_EXPORTS
    from coach.wording.growing import FRENCH_GROWING
    from coach.wording.history import FRENCH_HISTORY
    from coach.wording.import_limits import FRENCH_IMPORT_LIMITS
    from coach.wording.import_remarks import FRENCH_IMPORT_REMARKS
    from coach.wording.import_skips import FRENCH_IMPORT_SKIPS
    from coach.wording.layout import FRENCH_LAYOUT
    from coach.wording.live import FRENCH_LIVE
    from coach.wording.network_map import FRENCH_NETWORK_MAP
    from coach.wording.pacing import FRENCH_PACING
    from coach.wording.pane import FRENCH_PANE
    from coach.wording.paste import FRENCH_PASTE
    from coach.wording.people_csv import FRENCH_PEOPLE_CSV
    from coach.wording.reach import FRENCH_REACH
    from coach.wording.screens import FRENCH_SCREENS
    from coach.wording.serve import FRENCH_SERVE

    merged: dict[str, str] = {}
    for part in (FRENCH, FRENCH_COMMANDS, FRENCH_SCREENS, FRENCH_DIALOGS,
                 FRENCH_CARE, FRENCH_HISTORY,
                 FRENCH_PASTE,
                 FRENCH_EXPORTS,
                 FRENCH_PEOPLE_CSV,
                 FRENCH_GROWING,
                 FRENCH_LIVE,
                 FRENCH_PACING,
                 FRENCH_REACH,
                 FRENCH_DRAFTS,
                 FRENCH_LAYOUT,
                 FRENCH_PANE,
                 FRENCH_SERVE,
                 FRENCH_IMPORT_LIMITS,
                 FRENCH_NETWORK_MAP,
                 FRENCH_COLUMNS,
                 FRENCH_IMPORT_REMARKS, FRENCH_IMPORT_SKIPS,
                 ):
        merged.update(part)
    return merged


@lru_cache(maxsize=4096)
def french_template(english: str) -> str | None:
    """The French template for an English one, typography applied (None when missing)."""
    french = _catalogue().get(english)
    return None if french is None else french_typography(french)


class Wording:
    """Sentences, counts and numbers in ``language`` ("en" or "fr")."""

    __slots__ = ("language", "french")

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self.french = self.language == "fr"

    def __call__(self, english: str, **values: object) -> str:
        """The sentence in this language with its values filled in as plain text (a value
        is never read as a template). English comes back as ``english.format(**values)``."""
        if self.french:
            template = french_template(english)
            if template is None:
                MISSING.add(english)
            else:
                return fill(template, values)
        return english.format(**values) if values else english

    def count(self, amount: int, one: str, other: str, *, grouped: bool = True,
              **values: object) -> str:
        """``one`` or ``other`` after the language's plural rule (French: 0 and 1 take the
        singular), with ``{n}`` the amount written as a number of this language
        (``grouped`` false: in English without a thousands separator, as some lines were)."""
        english = one if is_singular(amount, self.language) else other
        shown = self.number(amount) if grouped or self.french else str(amount)
        return self(english, n=shown, **values)

    def known(self, text: str) -> str:
        """A sentence the domain wrote (an action's reason, a step's note): its translation
        when the catalogue has one, else as it is (most come from the rule files, already
        in the workspace's language)."""
        if self.french:
            template = french_template(text)
            if template is not None:
                return template
        return text

    def number(self, value: int) -> str:
        """``30,000`` / ``30 000``."""
        return number(value, self.language)

    def yes(self, value: bool) -> str:
        """yes / no, oui / non."""
        return self("yes") if value else self("no")

    def typography(self, text: str) -> str:
        """Text coach composed itself (not data) with this language's typography."""
        return french_typography(text) if self.french else text


ENGLISH = Wording("en")
