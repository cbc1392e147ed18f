"""People added or corrected by hand: someone seen on LinkedIn or met in person.

``service.by_hand.add`` writes the person, how they are linked to me (a connection at 1st
degree, else what LinkedIn showed as a degree hint), the shared connections named (each
found among my 1st-degree connections becomes a known connection with them, so the
introduction path appears), follows and a note — in one transaction. ``edit`` corrects
their fields (a new company or position is kept as a job change). Both are idempotent: the
same person added twice (same URL, or same name without a URL) is one person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.dates import now_iso, today
from coach.logbook import BadLogInput
from coach.model import Degree, Person
from coach.naming import fold
from coach.profile_url import normalise_profile_url

if TYPE_CHECKING:
    from coach.service.network_service import NetworkService

SOURCE = "by hand"
FIELDS = ("first_name", "last_name", "headline", "company", "position", "location",
          "profile_url", "email")
"""What ``edit`` may change."""


class AmbiguousName(LookupError):
    """A shared connection named that fits several (or no) 1st-degree connections."""

    def __init__(self, name: str, candidates: list[Person]) -> None:
        what = "several of your connections" if candidates else "none of your connections"
        super().__init__(f"{name!r} matches {what}")
        self.name = name
        self.candidates = candidates


@dataclass
class Added:
    """What ``add`` wrote: the person, whether they were new, the links made, and the
    name as stored (a person already known keeps theirs)."""

    person_id: int
    new: bool
    degree: Degree | None
    linked_through: list[str] = field(default_factory=list)
    name: str = ""


class ByHand:
    """Adding and correcting people by hand, for one service (``service.by_hand``)."""

    def __init__(self, service: "NetworkService") -> None:
        self.service = service

    def add(self, name: str, *, url: str | None = None, degree: Degree | None = None,
            mutual: Iterable[str] = (), follows_me: bool = False, i_follow: bool = False,
            note: str = "", **details: str) -> Added:
        """Add (or complete) one person; AmbiguousName for a shared connection that is not
        exactly one of my 1st-degree connections, BadLogInput for bad input. Nothing is
        written unless everything is."""
        service, store = self.service, self.service.store
        from coach.importers.linkedin_csv import looks_like_profile_url, split_name

        first, last = split_name(" ".join(name.split()))
        if not first:
            raise BadLogInput("a person needs a name: `coach add \"Léa Dubois\"`")
        if url is not None and not looks_like_profile_url(url):
            raise BadLogInput(f"not a LinkedIn profile URL: {url!r}")
        me = store.me
        if me is None and (degree is not None or mutual or follows_me or i_follow):
            raise BadLogInput("no 'me' in this workspace yet: import your own network first")
        if degree is Degree.ME:
            raise BadLogInput("that is you: a person added by hand is 1st, 2nd, 3rd or out")
        through = [self._connection(text) for text in mutual if text.strip()]
        unknown = {key: value for key, value in details.items() if key not in FIELDS}
        if unknown:
            raise BadLogInput(f"unknown field {next(iter(unknown))!r}")
        with store.transaction():
            upserted = store.people.upsert(
                profile_url=url, ref=None if url else f"hand:{fold(f'{first} {last}')}",
                first_name=first, last_name=last,
                **{key: value for key, value in details.items() if value})
            person = upserted.id
            if person == me:
                raise BadLogInput("that is you")
            if degree is Degree.FIRST:
                store.connections.add(me, person, source=SOURCE, connected_on=today().isoformat())
            elif degree is not None:
                store.hints.set(person, degree, len(through), today().isoformat(), SOURCE)
            for other in through:
                if other.id != person:
                    store.connections.add(other.id, person, source=SOURCE)
            if follows_me:
                store.follows.set(person, me, source=SOURCE)
            if i_follow:
                store.follows.set(me, person, source=SOURCE)
            if note.strip():
                store.notes.add(person, note, now_iso(), SOURCE, dedupe=True)
        service.changed()
        return Added(person, upserted.added, degree, [p.full_name for p in through],
                     store.people.get(person).full_name)

    def edit(self, person_id: int, **fields: str) -> Person:
        """Correct some fields of one person (a changed company or position is a job change)."""
        unknown = [key for key in fields if key not in FIELDS]
        if unknown:
            raise BadLogInput(f"unknown field {unknown[0]!r}: use {', '.join(FIELDS)}")
        changes = {key: value.strip() for key, value in fields.items() if value is not None}
        if not changes:
            raise BadLogInput("nothing to change: give --company, --position, --url…")
        if "profile_url" in changes:
            from coach.importers.linkedin_csv import looks_like_profile_url

            url = normalise_profile_url(changes["profile_url"])
            if url is None or not looks_like_profile_url(changes["profile_url"]):
                raise BadLogInput(f"not a LinkedIn profile URL: {changes['profile_url']!r}")
            changes["profile_url"] = url
        store = self.service.store
        with store.transaction():
            store.people.update(person_id, **changes)
        self.service.changed()
        return store.people.get(person_id)

    def _connection(self, text: str) -> Person:
        """The one 1st-degree connection a name means."""
        service = self.service
        found = [person for person in service.find(text)
                 if service.contact(person.id).degree is Degree.FIRST]
        if len(found) != 1:
            raise AmbiguousName(text.strip(), found)
        return found[0]
