"""What the person does through the service: log an act, tag, choose who is me, import,
paste, export. Each is checked against the rules where the rules decide (a refusal says
why), written in one transaction, and followed by ``changed()`` or ``refresh()`` so that
every front end sees the new state. :class:`coach.service.NetworkService` has these."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.importers.reading import Limits
    from coach.logbook import Logged


class Acts:
    """The acts of :class:`coach.service.NetworkService` (it provides ``store``, ``config``,
    ``history``, ``actions``, ``contact``, ``people``, ``changed`` and ``refresh``)."""

    def refusal(self, person_id: int, kind: str, direction: str = "out",
                note: str = "") -> str | None:
        """Why the rules say ``kind`` (a key of ``LOG_POLICY``: a logged kind, or
        "accepted") could not be logged for this person now (None: it can)."""
        from coach.logbook import policy_refusal

        return policy_refusal(kind, self.actions(person_id), direction, note)

    def log(self, person_id: int, action: str, *, note: str = "", at: str | None = None,
            direction: str | None = None) -> Logged:
        """Record what I did with someone, when the rules say it was possible.

        LogRefused (its ``BadLogInput`` kind for malformed input) when it is not; nothing is
        stored then."""
        from coach.logbook import LogRefused, log_action, read_action

        kind, way, policy = read_action(action, direction)
        refusal = self.refusal(person_id, policy, way, note)
        if refusal is not None:
            raise LogRefused(refusal)
        contact = self.contact(person_id)
        with self.history.acting(person_id, f"log:{kind}") as act:
            logged = log_action(self.store, person_id, action, contact.degree, at=at, note=note,
                                direction=way, name=contact.name)
            act.said(logged.note if kind == "note" else logged.at)
        self.changed()
        return logged

    def tag(self, person_id: int, tags: Iterable[str], remove: bool = False) -> list[str]:
        """Add (or take off) tags on one person; their tags now."""
        tags = [tag.strip() for tag in tags if tag.strip()]
        if not tags:
            from coach.logbook import BadLogInput

            raise BadLogInput("a tag needs text: `coach tag QUERY close`")
        with self.history.acting(person_id, "untag" if remove else "tag") as act:
            if remove:
                self.store.tags.remove(person_id, *tags)
            else:
                self.store.tags.add(person_id, *tags)
            act.said(", ".join(tags))
        self.changed()
        return self.store.tags.of(person_id)

    def set_me(self, person_id: int) -> None:
        """Choose who is me."""
        self.store.set_me(person_id)
        self.changed()

    def import_file(self, path: Path, options=None, progress=None):
        """Import a file or folder (``ImportOptions``: format, directed, me, teammate) in one
        transaction; ImportFailure when nothing can be imported. The report says what was
        taken and what was left out, and why."""
        from coach.importers.reading import limited
        from coach.service.files import import_into

        with limited(self.import_limits()):
            report = import_into(self.store, path, options, progress)
        self.refresh()
        return report

    def import_preview(self, path: Path, options=None):
        """How a file would be imported (``ImportOptions``), writing nothing: an
        ``ImportPreview`` with the format and, for a CSV of people, the mapping of its
        columns, the columns not used, the row count and the first rows. ImportFailure when
        the import would fail to read it."""
        from coach.importers.reading import limited
        from coach.service.files import preview_of

        with limited(self.import_limits()):
            return preview_of(path, options)

    def import_limits(self) -> Limits:
        """How much an import may read (``[import]`` in config.toml)."""
        from coach.importers.reading import Limits

        return Limits.of(self.config.sections.get("import"))

    def import_limit_problems(self) -> list:
        """The values of ``[import]`` in config.toml that cannot be used (``LimitProblem``
        with its file and line): the defaults are used instead."""
        from coach.config import import_limit_problems

        return import_limit_problems(self.config)

    def paste(self, text: str, dry_run: bool = False, of: int | None = None):
        """Read text copied from a LinkedIn page (search results, a profile's mutual
        connections, followers, connections, invitations) and, unless ``dry_run``, write it
        in one transaction: (what was read, the report or None). ``of``: the id of the
        person whose mutual connections the page lists. ImportFailure, saying what was
        expected, when nothing is recognisable."""
        from coach.service.files import paste_into

        person = self.people()[of] if of is not None else None
        pasted, report = paste_into(self.store, text, dry_run, person)
        if report is not None:
            self.refresh()
        return pasted, report

    def export_file(self, path: Path, format: str | None = None, force: bool = False):
        """Write the workspace as coach CSV, JSON or GraphML; (counts, the format used)."""
        from coach.service.files import export_from

        return export_from(self.store, path, format, force, self.home)
