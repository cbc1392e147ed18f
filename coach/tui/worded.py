"""The app's keys and filters in the workspace's language.

Key descriptions are written in English in :mod:`coach.tui.keys`; a screen hands its
active bindings to :func:`worded_bindings` so that the footer describes them in French.
"""

from __future__ import annotations

from dataclasses import replace

from coach.listing import ListFilter
from coach.wording import Wording
from coach.wording.vocabulary import degree_words


def worded_bindings(bindings: dict, words: Wording) -> dict:
    """Active bindings (``Screen.active_bindings``) with their descriptions in the language of
    ``words`` (coach's own keys; Textual's, such as the search box's, stay as they are); in
    English, the very same mapping."""
    if "" in bindings:  # bindings left without a key by the keymap (coach.tui.key_clashes)
        bindings = {key: active for key, active in bindings.items() if key}
    if not words.french:
        return bindings
    return {key: active._replace(binding=replace(
                active.binding, description=words.known(active.binding.description)))
            for key, active in bindings.items()}


def filter_words(wanted: ListFilter, words: Wording) -> str:
    """What a filter shows, in words: "2nd degree · followers · tag close"."""
    if not words.french:
        return wanted.describe()
    parts = []
    if wanted.degree is not None:
        parts.append(degree_words(wanted.degree, words.language))
    if wanted.followers:
        parts.append(words("followers"))
    if wanted.tag:
        parts.append(words("tag {tag}", tag=wanted.tag))
    if wanted.search:
        parts.append(words.typography(f"« {wanted.search} »"))
    return " · ".join(parts) or words("everyone")
