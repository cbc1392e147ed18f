"""What was done with each person, and taking back what was done by hand.

``service.history`` decides it once for every front end: ``coach history`` and ``coach
undo`` on the command line, ctrl+z and the detail pane's history in the app.

- ``acting(person, kind)`` wraps an act done by hand (a log, a tag, a note, a deletion) in
  one transaction and keeps it with the person's rows before and after (``store.acts``).
- ``undo(session)`` takes back the latest act (of this session, for the app; the latest of
  all, for the command line): the rows are put back exactly, and only while they are still
  as the act left them: something changed since is never lost to an undo.
- ``entries(person)`` lists their interactions, invitations and notes with dated ids
  (``i12``, ``v3``, ``n7``), and ``delete(person, entry)`` removes one, as an act (so it can
  be undone in turn).
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.dates import now_iso

if TYPE_CHECKING:
    from coach.service.network_service import NetworkService

ENTRY_KINDS = {"i": "interaction", "v": "invitation", "n": "note"}
"""The prefix of an entry's id, and the table it is kept in."""


class NothingToUndo(LookupError):
    """No act to take back, or the last one cannot be taken back (the reason says why)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a person's history: an id to delete it by, when, what, and details."""

    id: str
    at: str
    kind: str
    direction: str
    text: str
    status: str = ""
    source: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "at": self.at, "kind": self.kind, "direction": self.direction,
                "text": self.text, "status": self.status or None, "source": self.source}


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo took back: the act (``log:visited``, ``tag``, ``untag``, ``note``,
    ``delete:note``…), its detail (the time logged, the tags, the note, the entry's date),
    with whom, and when it was done."""

    act_id: int
    person_id: int
    kind: str
    detail: str
    at: str


class History:
    """History and undo for one service (``service.history``)."""

    def __init__(self, service: "NetworkService") -> None:
        self.service = service
        self.session = uuid.uuid4().hex
        """This service's session: the app undoes only what was done in it."""
        self._summary = ""

    @contextmanager
    def acting(self, person_id: int, kind: str):
        """Run an act by hand in one transaction, kept with the rows it changed. The block
        may call ``said(summary)``; an error inside stores nothing, not even the act."""
        store = self.service.store
        with store.transaction():
            me = store.me
            before = store.acts.image(person_id, me)
            self._summary = ""
            yield self
            after = store.acts.image(person_id, me)
            if after != before:
                store.acts.add(now_iso(), person_id, kind, self._summary or kind, self.session,
                               before, after)

    def said(self, summary: str) -> None:
        """What the act inside ``acting`` did, in words (shown when it is undone)."""
        self._summary = summary

    def undo(self, session: str | None = None) -> Undone:
        """Take back the latest act (of ``session`` when given). NothingToUndo saying why
        when there is none, or when the person's rows changed since it."""
        store = self.service.store
        with store.transaction():
            found = store.acts.last(session)
            if found is None:
                raise NothingToUndo("nothing to undo" + (" in this session" if session else ""))
            act, before, after = found
            me = store.me
            if store.acts.image(act.person_id, me) != after:
                raise NothingToUndo(
                    "cannot undo the last act: what it changed was changed again since "
                    "(`coach history QUERY` lists what is kept)")
            store.acts.restore(act.person_id, me, before)
            store.acts.mark_undone(act.id, now_iso())
        self.service.changed()
        return Undone(act.id, act.person_id, act.kind, act.summary, act.at)

    def entries(self, person_id: int) -> list[Entry]:
        """Their interactions, invitations and notes, newest first."""
        db = self.service.store.db
        found = [Entry(f"i{id_}", at, kind, direction, note, "", source)
                 for id_, at, kind, direction, note, source in db.fetchall(
                     "SELECT id, at, kind, direction, note, source FROM interaction "
                     "WHERE person = ?", (person_id,))]
        found += [Entry(f"v{id_}", at, "invitation", direction, message, status, source)
                  for id_, at, direction, message, status, source in db.fetchall(
                      "SELECT id, sent_at, direction, message, status, source FROM invitation "
                      "WHERE person = ?", (person_id,))]
        found += [Entry(f"n{id_}", at, "note", "out", text,
                        "done" if done else (f"due {due}" if due else ""), source)
                  for id_, at, text, due, done, source in db.fetchall(
                      "SELECT id, created_at, text, due_on, done_on, source FROM note "
                      "WHERE person = ?", (person_id,))]
        return sorted(found, key=lambda entry: (entry.at, entry.id), reverse=True)

    def delete(self, person_id: int, entry_id: str) -> Entry:
        """Delete one entry of their history (an act: ``undo`` brings it back). LookupError
        when they have no such entry."""
        entry = next((e for e in self.entries(person_id) if e.id == entry_id.strip().lower()),
                      None)
        if entry is None:
            raise LookupError(f"no entry {entry_id!r} in this person's history "
                              "(`coach history QUERY` lists them)")
        table = ENTRY_KINDS[entry.id[0]]
        with self.acting(person_id, f"delete:{entry.kind}") as act:
            self.service.store.db.execute(f"DELETE FROM {table} WHERE id = ? AND person = ?",
                                          (int(entry.id[1:]), person_id))
            act.said(entry.at)
        self.service.changed()
        return entry
