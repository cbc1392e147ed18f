"""One person's profile: everything the command line and the app show about them, decided once.

``coach show`` and the app's detail pane render the same ``Profile``: the same flags, the
same paths (never through do-not-contact), the same history, notes, advice and actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.contacts import Contact
from coach.model import DegreeHint, Interaction, Invitation
from coach.store.activity import Reminder

if TYPE_CHECKING:  # the rules engine is imported when advice is first asked for
    from coach.strategy import ActionStatus, Advice

FLAG_LABELS = (("shares_group", "shares a group with you"), ("open_profile", "Open Profile"),
               ("coworker", "current coworker"),
               ("follow_primary", "Follow is their main button"))
"""The flags a profile shows, in order, with their words."""


@dataclass(frozen=True, slots=True)
class PersonRef:
    """Another person named on a profile (a shared connection, a step of a path)."""

    id: int
    name: str
    display_name: str

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "display_name": self.display_name}


@dataclass(frozen=True, slots=True)
class PathShown:
    """An introduction path: me, the people to go through, them; and its score."""

    people: tuple[PersonRef, ...]
    score: float

    @property
    def through(self) -> tuple[PersonRef, ...]:
        """The people between me and them."""
        return self.people[1:-1]

    def to_json(self) -> dict:
        return {"people": [person.to_json() for person in self.people],
                "score": round(self.score, 3)}


@dataclass(frozen=True)
class Profile:
    """Everything known about one person, seen from me, with what I can do and what to do."""

    contact: Contact
    flags: dict[str, bool]
    shared_connections: tuple[PersonRef, ...]
    paths: tuple[PathShown, ...]
    groups: tuple[str, ...]
    degree_hint: DegreeHint | None
    invitations: tuple[Invitation, ...]
    interactions: tuple[Interaction, ...]
    notes: tuple[tuple[str, str], ...]
    reminders: tuple[Reminder, ...] = ()
    advice: tuple["Advice", ...] = ()
    actions: tuple["ActionStatus", ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.contact.id

    @property
    def flag_labels(self) -> list[str]:
        """The flags that are set, in words ("Open Profile", "current coworker"…)."""
        return [label for key, label in FLAG_LABELS if self.flags.get(key)]

    def to_json(self) -> dict:
        """The contact's stable JSON, with the profile's parts (``coach show --json``)."""
        data = self.contact.to_json()
        hint = self.degree_hint
        data.update({
            "mutual_connection_list": [person.to_json() for person in self.shared_connections],
            "introduction_paths": [path.to_json() for path in self.paths],
            "groups": list(self.groups),
            "flags": dict(self.flags),
            "degree_hint": None if hint is None else {
                "degree": hint.degree.json_value, "mutual_connections": hint.mutual_connections,
                "observed_on": hint.observed_on, "source": hint.source},
            "invitations": [{"direction": i.direction, "sent_at": i.sent_at, "status": i.status,
                             "resolved_at": i.resolved_at} for i in self.invitations],
            "interactions": [{"kind": i.kind, "direction": i.direction, "at": i.at,
                              "note": i.note} for i in self.interactions],
            "notes": [{"at": at, "text": text} for at, text in self.notes],
            "reminders": [{"id": r.id, "due": r.due_on, "text": r.text} for r in self.reminders],
            "advice": [item.to_json() for item in self.advice],
            "actions": [status.to_json() for status in self.actions],
        })
        return data


def profile_of(service, person_id: int) -> Profile:
    """The profile of one person from the service's current state, rules and store."""
    contact = service.contact(person_id)
    person = contact.person
    store = service.store
    roster = service.state.roster  # names from the columns: no row read per shared connection

    def ref(other: int) -> PersonRef:
        return PersonRef(other, *roster.named(other))

    paths = tuple(PathShown(tuple(ref(pid) for pid in path.person_ids), path.score)
                  for path in service.introduction_paths(person_id)
                  if len(path.person_ids) >= 3)
    advice, actions = service.advisor.judge(person_id)
    return Profile(
        contact=contact,
        flags={"shares_group": contact.shares_group, "open_profile": person.open_profile,
               "coworker": contact.coworker, "full_name_visible": person.full_name_visible,
               "follow_primary": person.follow_primary},
        shared_connections=tuple(ref(pid) for pid in service.network.mutual_connections(person_id)),
        paths=paths,
        groups=tuple(store.groups.of(person_id)),
        degree_hint=store.hints.get(person_id),
        invitations=tuple(store.invitations.of(person_id)),
        interactions=tuple(store.interactions.of(person_id)[:20]),
        notes=tuple(store.notes.of(person_id)),
        reminders=tuple(service.follow_ups.reminders(person_id)),
        advice=tuple(advice),
        actions=tuple(actions),
    )
