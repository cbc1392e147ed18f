"""The answer to "which contacts?": positions in the one listing, in the order shown."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.listing import ContactListing
from coach.listing_json import write_contacts_json


@dataclass(frozen=True)
class ContactPage:
    """The contacts a filter selects, nearest first (or in the order asked for)."""

    listing: ContactListing
    positions: np.ndarray

    def __len__(self) -> int:
        return int(len(self.positions))

    def limited(self, limit: int | None) -> "ContactPage":
        """At most ``limit`` contacts (None: all of them)."""
        if limit is None:
            return self
        return ContactPage(self.listing, self.positions[:max(0, limit)])

    def row_of(self, person_id: int) -> int | None:
        """Where one person is on this page (0 is the first), or None."""
        return self.listing.row_of(self.positions, person_id)

    def person_ids(self) -> list[int]:
        """The store ids, in order."""
        return self.listing.person_ids[self.positions].tolist()

    def to_json(self) -> list[dict]:
        """Each contact in the stable JSON shape (see the command-line contract)."""
        return self.listing.to_json(self.positions)

    def to_json_text(self) -> str:
        """The same, as one compact JSON document (``json.dumps`` would give these bytes)."""
        return self.listing.to_json_text(self.positions)

    def write_json(self, out) -> None:
        """The same document written to ``out`` in pieces (never all of it in memory)."""
        write_contacts_json(self.listing, self.positions, out)
