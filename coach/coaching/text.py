"""Questions as words: accents and case folded, punctuation and apostrophes dropped.

"Qu'est-ce que je peux faire avec Léa ?" becomes ``qu est ce que je peux faire avec lea``:
patterns and name matching both work on these words.
"""

from __future__ import annotations

import re

from coach.naming import fold

_WORD = re.compile(r"#?\w+")


def words(text: str) -> list[str]:
    """The folded words of a question (``#12`` keeps its hash: it is an id)."""
    return _WORD.findall(fold(text).replace("_", " "))


def normalise(text: str) -> str:
    """The folded words of a question joined by single spaces."""
    return " ".join(words(text))


def original_words(question: str, span: str) -> str:
    """The words of ``question`` whose folded form is ``span``, as the person typed them."""
    tokens = _WORD.findall(question.replace("_", " "))
    folded = [fold(token) for token in tokens]
    wanted = span.split()
    for start in range(len(folded) - len(wanted) + 1):
        if folded[start:start + len(wanted)] == wanted:
            return " ".join(tokens[start:start + len(wanted)])
    return span
