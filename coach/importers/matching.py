"""Finding and writing people during an import: by URL, then by reference, names only to match.

An import touches thousands of people; asking SQLite for each one by URL is slow and its
answers go stale as the import adds people. ``PeopleIndex`` reads everyone once, keeps the
index current as it writes through the store, and follows the store's rules: a person is
keyed by normalised profile URL, then by reference, never by name. Names serve only to
*match* rows that carry no URL (LinkedIn's follows, old messages, search results) to
people already known, and then only when exactly one person has that name.
"""

from __future__ import annotations

from coach.naming import fold
from coach.profile_url import normalise_profile_url
from coach.store import Store
from coach.store.people import Upserted

_FIELDS = ("first_name", "last_name", "headline", "company", "position", "location", "email")
_FLAGS = ("open_profile", "full_name_visible", "follow_primary")


class PeopleIndex:
    """Everyone in the store by URL, reference and folded name, kept current while writing."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_url: dict[str, int] = {}
        self.by_ref: dict[str, int] = {}
        self.fields: dict[int, dict] = {}
        self._names: dict[str, list[int]] | None = None
        columns = ("id", "profile_url", "ref", *_FIELDS, *_FLAGS)
        for row in store.db.fetchall(f"SELECT {', '.join(columns)} FROM person"):
            values = dict(zip(columns, row))
            person = values.pop("id")
            self.fields[person] = values
            if values["profile_url"]:
                self.by_url[values["profile_url"]] = person
            if values["ref"]:
                self.by_ref[values["ref"]] = person

    # --- finding ---------------------------------------------------------------------------

    def find_url(self, url: str | None) -> int | None:
        """The person with this profile URL (any written form), or None."""
        key = normalise_profile_url(url)
        return self.by_url.get(key) if key else None

    def url_of(self, person: int) -> str | None:
        """The stored (normalised) profile URL of a person."""
        return self.fields[person]["profile_url"]

    def full_name(self, person: int) -> str:
        """First and last name of a person as stored."""
        values = self.fields[person]
        return " ".join(part for part in (values["first_name"], values["last_name"]) if part)

    def named(self, name: str) -> list[int]:
        """Everyone whose full name is this one (compared folded: case and accents ignored)."""
        if self._names is None:
            self._names = {}
            for person in self.fields:
                self._index_name(person)
        return list(self._names.get(fold(name), ()))

    def match_name(self, name: str, preferred: set[int] | frozenset = frozenset()) -> list[int]:
        """People a bare name can mean: the ``preferred`` ones (e.g. my connections) if any.

        One id: a match. Several: ambiguous (the caller reports it). None: unknown.
        """
        everyone = self.named(name)
        among = [person for person in everyone if person in preferred]
        return among or everyone

    def _index_name(self, person: int) -> None:
        key = fold(self.full_name(person))
        if key and self._names is not None:
            self._names.setdefault(key, []).append(person)

    def _unindex_name(self, person: int) -> None:
        if self._names is None:
            return
        key = fold(self.full_name(person))
        ids = self._names.get(key)
        if ids and person in ids:
            ids.remove(person)

    # --- writing ---------------------------------------------------------------------------

    def locate(self, key: str | None, ref: str | None = None,
               legacy_ref: str | None = None) -> int | None:
        """The person a normalised URL ``key``, else ``ref`` or ``legacy_ref``, names.

        A reference finds someone only if they have no URL or the same one: ``legacy_ref``
        finds a person stored earlier without a URL (an old export keyed them by name and
        date), so that the URL given now is attached to them instead of a new person.
        """
        if key:
            person = self.by_url.get(key)
            if person is not None:
                return person
        for candidate_ref in (ref, legacy_ref):
            candidate = self.by_ref.get(candidate_ref) if candidate_ref else None
            if candidate is not None and (
                    key is None or self.fields[candidate]["profile_url"] is None):
                return candidate
        return None

    def write(self, *, url: str | None = None, ref: str | None = None,
              legacy_ref: str | None = None, person: int | None = None, **fields) -> Upserted:
        """Find a person (see :meth:`locate`) and update them, or add them.

        Blank fields never erase stored ones, and a false flag never clears a true one.
        ``person`` names the person to update when the caller found them.
        """
        key = normalise_profile_url(url)
        if person is None:
            person = self.locate(key, ref, legacy_ref)
        if person is None:
            return Upserted(self.add_many([dict(fields, profile_url=key, ref=ref)])[0], True, False)
        return Upserted(person, False, self.update(person, key, ref, fields))

    def add_many(self, records: list[dict]) -> list[int]:
        """Add new people at once (``profile_url`` already normalised); their ids in order.

        A ``ref`` already taken is dropped (the person is then known by URL only).
        """
        rows = []
        for record in records:
            row = {k: v for k, v in record.items() if v not in ("", None, False)}
            if row.get("ref") in self.by_ref:
                del row["ref"]
            rows.append(row)
        ids = self.store.people.add_many(rows)
        for person, row in zip(ids, rows):
            stored = {"profile_url": None, "ref": None, **{name: "" for name in _FIELDS},
                      "email": None, **{flag: 0 for flag in _FLAGS}}
            for name, value in row.items():
                stored[name] = int(value) if name in _FLAGS else (
                    value.strip() if isinstance(value, str) else value)
            self.fields[person] = stored
            if stored["profile_url"]:
                self.by_url[stored["profile_url"]] = person
            if stored["ref"]:
                self.by_ref[stored["ref"]] = person
            if self._names is not None:
                self._index_name(person)
        return ids

    def update(self, person: int, key: str | None, ref: str | None, fields: dict) -> bool:
        """Apply what is new in ``fields`` (and a URL or ref the person lacks); True if changed."""
        stored = self.fields[person]
        changes = {}
        for name, value in fields.items():
            if value in ("", None, False):
                continue
            if name in _FLAGS:
                if not stored[name]:
                    changes[name] = 1
            elif isinstance(value, str):
                value = value.strip()
                if value and stored[name] != value:
                    changes[name] = value
        if key and stored["profile_url"] is None and key not in self.by_url:
            changes["profile_url"] = key
            self.by_url[key] = person
        if ref and stored["ref"] is None and ref not in self.by_ref:
            changes["ref"] = ref
            self.by_ref[ref] = person
        if changes:
            self.store.people.update(person, **changes)
            self._apply(person, changes)
        return bool(changes)

    def _apply(self, person: int, changes: dict) -> None:
        renamed = "first_name" in changes or "last_name" in changes
        if renamed:
            self._unindex_name(person)
        stored = self.fields[person]
        for name, value in changes.items():
            stored[name] = value.strip() if isinstance(value, str) else value
        if renamed:
            self._index_name(person)
