"""Who an export belongs to ("me"): from Profile.csv, Invitations.csv or the messages.

No file names the owner with certainty in every era, so the clues are combined: the name
in ``Profile.csv``; the sender of outgoing and the recipient of incoming invitations (with
their profile URL from 2024 on); and the one person who takes part in every conversation
of ``messages.csv`` (or the ``Direction`` column of 2018).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from coach.importers.linkedin_csv import Table, looks_like_profile_url, rows_of, split_name
from coach.naming import fold
from coach.profile_url import normalise_profile_url


@dataclass(slots=True)
class Owner:
    """What the export says about its owner."""

    first_name: str = ""
    last_name: str = ""
    url: str | None = None
    headline: str = ""
    location: str = ""
    found_in: str = ""

    @property
    def name(self) -> str:
        """The full name, or blank when unknown."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def is_owner(self, name: str, url: str | None) -> bool:
        """Whether a message party (a name and maybe a URL) is the owner."""
        key = normalise_profile_url(url) if url else None
        if key and self.url:
            return key == self.url
        return bool(self.name) and fold(name) == fold(self.name)

    def fields(self) -> dict:
        """The person fields to write for the owner."""
        return {"first_name": self.first_name, "last_name": self.last_name,
                "headline": self.headline, "location": self.location}


def detect_owner(profile: Table | None, invitations: Table | None,
                 messages: Table | None) -> Owner:
    """Everything the files tell about their owner (fields stay blank when nothing does)."""
    owner = Owner()
    if profile is not None and profile.rows:
        _, row = next(rows_of(profile))
        owner.first_name, owner.last_name = row.get("first name", ""), row.get("last name", "")
        owner.headline = row.get("headline", "")
        owner.location = row.get("geo location", "") or row.get("location", "")
        for value in row.values():
            if looks_like_profile_url(value) and "/in/" in value:
                owner.url = normalise_profile_url(value)
                break
        owner.found_in = "Profile.csv"
    if invitations is not None:
        _from_invitations(owner, invitations)
    if messages is not None and (not owner.url or not owner.name):
        _from_messages(owner, messages)
    return owner


def _from_invitations(owner: Owner, table: Table) -> None:
    seen: Counter[tuple[str, str]] = Counter()
    for _, row in rows_of(table):
        direction = row.get("direction", "").upper()
        if direction == "OUTGOING":
            name, url = row.get("from", ""), row.get("inviterprofileurl", "")
        elif direction == "INCOMING":
            name, url = row.get("to", ""), row.get("inviteeprofileurl", "")
        else:
            continue
        url = normalise_profile_url(url) if looks_like_profile_url(url) else ""
        if owner.name and fold(name) != fold(owner.name):
            continue
        seen[(name, url or "")] += 1
    if not seen:
        return
    with_url = [(key, count) for key, count in seen.items() if key[1]]
    (name, url), _ = max(with_url or seen.items(), key=lambda item: item[1])
    if not owner.name:
        owner.first_name, owner.last_name = split_name(name)
    if url and not owner.url:
        owner.url = url
    owner.found_in = owner.found_in or "Invitations.csv"


def _from_messages(owner: Owner, table: Table) -> None:
    if "direction" in table.header:  # 2018: a Direction column says which messages are mine
        names: Counter[str] = Counter()
        for _, row in rows_of(table):
            way = row.get("direction", "").upper()
            name = {"OUTGOING": row.get("from", ""), "INCOMING": row.get("to", "")}.get(way, "")
            if name:
                names[name] += 1
        if names and not owner.name:
            owner.first_name, owner.last_name = split_name(names.most_common(1)[0][0])
            owner.found_in = owner.found_in or "messages.csv"
        return
    if owner.name:  # the URL the owner sends from
        for _, row in rows_of(table):
            url = row.get("sender profile url", "")
            if looks_like_profile_url(url) and fold(row.get("from", "")) == fold(owner.name):
                owner.url = normalise_profile_url(url)
                return
        return
    # Nobody named yet: the owner is the one person found in every conversation.
    conversations: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for _, row in rows_of(table):
        conversation = row.get("conversation id", "")
        if not conversation:
            continue
        members = conversations.setdefault(conversation, set())
        for name, url in _parties(row):
            key = normalise_profile_url(url) if looks_like_profile_url(url) else f"name:{fold(name)}"
            if key and key != "name:":
                members.add(key)
                names.setdefault(key, name)
    counts = Counter(key for members in conversations.values() for key in members)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    key = ranked[0][0]
    owner.first_name, owner.last_name = split_name(names[key])
    if not key.startswith("name:"):
        owner.url = key
    owner.found_in = owner.found_in or "messages.csv"


def _parties(row: dict[str, str]) -> list[tuple[str, str]]:
    """(name, url) of the sender and of each recipient of one message row."""
    parties = [(row.get("from", ""), row.get("sender profile url", ""))]
    parties.extend(recipients(row))
    return parties


def recipients(row: dict[str, str]) -> list[tuple[str, str]]:
    """(name, url) of each recipient: URLs split on commas; names paired with them when
    the counts agree (a name may itself hold a comma: ``Jean Dupont, MBA``)."""
    to = row.get("to", "")
    urls = [url.strip() for url in row.get("recipient profile urls", "").split(",") if url.strip()]
    if len(urls) <= 1:
        return [(to, urls[0] if urls else "")]
    names = [name.strip() for name in to.split(",")]
    if len(names) == len(urls):
        return list(zip(names, urls))
    return [("", url) for url in urls]
