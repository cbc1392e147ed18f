"""The words of coach's front ends in English and French, with French typography.

Domain-free: nothing here imports Textual, the store or the rules. See
:class:`~coach.wording.wording.Wording` and :mod:`coach.wording.typography`.
"""

from coach.wording.typography import (
    NBSP,
    NNBSP,
    elide,
    fill,
    french_typography,
    is_singular,
    number,
    starts_with_vowel_sound,
)
from coach.wording.wording import ENGLISH, MISSING, Wording

__all__ = ["ENGLISH", "MISSING", "NBSP", "NNBSP", "Wording", "elide", "fill",
           "french_typography", "is_singular", "number", "starts_with_vowel_sound"]
