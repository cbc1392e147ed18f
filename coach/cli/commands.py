"""Which function runs each sub-command."""

from __future__ import annotations

from coach.cli import importing, journal, overview, profile

HANDLERS = {
    "summary": overview.summary,
    "demo": overview.demo,
    "contacts": overview.contacts,
    "show": profile.show,
    "log": journal.log,
    "tag": journal.tag,
    "me": journal.me,
    "import": importing.import_command,
}
