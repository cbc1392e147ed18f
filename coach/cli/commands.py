"""Which function runs each sub-command."""

from __future__ import annotations

from coach.cli import advice, importing, journal, overview, profile, rules

HANDLERS = {
    "summary": overview.summary,
    "demo": overview.demo,
    "contacts": overview.contacts,
    "show": profile.show,
    "advise": advice.advise,
    "rules": rules.rules_command,
    "log": journal.log,
    "tag": journal.tag,
    "me": journal.me,
    "import": importing.import_command,
    "export": importing.export_command,
}
