"""How often to be in touch: the ``[keep_in_touch]`` table of the rule files.

```toml
[keep_in_touch.degree]      # every connection of a degree, unless a tag says otherwise
1st = 180
[keep_in_touch.tag]         # the shortest cadence of a person's tags wins over the degree's
close = 30
client = 14
```

A person's own tag ``every-N-days`` (``coach tag NAME every-45-days``) wins over both. The
rule book works out two facts from it: ``keep_in_touch_days`` and ``days_past_keep_in_touch``
(days since the last interaction, or since we connected, minus the cadence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

EVERY_TAG = re.compile(r"every-(\d{1,4})-days?")
"""A person's own cadence, as a tag: ``every-30-days``."""

DEGREE_KEYS = {"1st": 1, "2nd": 2, "3rd": 3, "out": 4}
MAX_DAYS = 3660


@dataclass(frozen=True)
class Cadence:
    """Days between two contacts, per degree and per tag (absent: no cadence)."""

    degrees: Mapping[int, int] = field(default_factory=dict)
    tags: Mapping[str, int] = field(default_factory=dict)

    def merged(self, later: "Cadence") -> "Cadence":
        """This cadence with a later layer's entries replacing the same keys."""
        return Cadence({**self.degrees, **later.degrees}, {**self.tags, **later.tags})

    def days_for(self, tags: Iterable[str], degree) -> int | None:
        """The cadence for one person: their every-N-days tag, their tags', their degree's."""
        folded = [tag.casefold() for tag in tags]
        for tag in folded:
            own = EVERY_TAG.fullmatch(tag)
            if own and int(own.group(1)) > 0:
                return int(own.group(1))
        by_tag = [self.tags[tag] for tag in folded if tag in self.tags]
        if by_tag:
            return min(by_tag)
        if isinstance(degree, (int, float)) and not isinstance(degree, bool):
            return self.degrees.get(int(degree))
        return None

    def work_out(self, facts: dict) -> None:
        """Set ``keep_in_touch_days`` and ``days_past_keep_in_touch`` in one person's facts."""
        days = self.days_for(facts.get("tags") or (), facts.get("degree"))
        facts["keep_in_touch_days"] = days
        since = _first_number(facts.get("days_since_last_interaction"),
                              facts.get("days_since_connected"))
        facts["days_past_keep_in_touch"] = (None if days is None or since is None
                                            else since - days)

    def columns(self, degree: np.ndarray, tag_sets: Mapping[int, frozenset[str]],
                last: np.ndarray, connected: np.ndarray) -> dict[str, np.ndarray]:
        """Both facts for everyone: NaN where no cadence applies or nothing is dated."""
        days = np.full(degree.size, np.nan)
        for level, value in self.degrees.items():
            days[degree == level] = value
        for index, tags in tag_sets.items():
            own = self.days_for(tags, None)
            if own is not None:
                days[index] = own
        since = np.where(np.isnan(last), connected, last)
        return {"keep_in_touch_days": days, "days_past_keep_in_touch": since - days}


def _first_number(*values):
    for value in values:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
    return None


def read_cadence(raw, add_problem) -> Cadence:
    """The ``[keep_in_touch]`` table; ``add_problem(message, key)`` reports each problem."""
    if not isinstance(raw, dict):
        add_problem('"keep_in_touch" must be a table with "degree" and "tag" tables', None)
        return Cadence()
    for key in raw:
        if key not in ("degree", "tag"):
            add_problem(f'unknown key "{key}" in [keep_in_touch]: use [keep_in_touch.degree] '
                        'or [keep_in_touch.tag]', key)
    degrees = {}
    for key, days in _days_table(raw.get("degree", {}), "degree", add_problem).items():
        if key not in DEGREE_KEYS:
            add_problem(f'unknown degree "{key}" in [keep_in_touch.degree]: use '
                        f'{", ".join(DEGREE_KEYS)}', key)
            continue
        degrees[DEGREE_KEYS[key]] = days
    tags = {key.casefold(): days
            for key, days in _days_table(raw.get("tag", {}), "tag", add_problem).items()}
    return Cadence(degrees, tags)


def _days_table(raw, name: str, add_problem) -> dict[str, int]:
    if not isinstance(raw, dict):
        add_problem(f"[keep_in_touch.{name}] must be a table of days", name)
        return {}
    result = {}
    for key, days in raw.items():
        if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= MAX_DAYS:
            add_problem(f"[keep_in_touch.{name}] {key}: days must be a whole number from 1 to "
                        f"{MAX_DAYS}, not {days!r}", key)
            continue
        result[key] = days
    return result
