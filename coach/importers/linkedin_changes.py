"""What changed since the last import of my LinkedIn export, said in its report."""

from __future__ import annotations

from coach.dates import today
from coach.importers.session import Session


def since_last_import(session: Session, known: set[int], changes_before: int,
                      connected_before: set[int] | None = None) -> None:
    """What changed since the last import of this owner's export (mine, or a teammate's):
    the connections it adds, those it no longer lists (kept, and dated the day this was
    first noticed: LinkedIn drops people who left, hid themselves or removed the connection)
    and the people whose company or position changed (kept as job changes, a moment to
    congratulate).
    ``connected_before``: everyone the owner was connected with before this import (a
    teammate's connection with me is not new because their export lists me)."""
    store, report = session.store, session.report
    if known:
        new = sorted(session.connected_now - (known if connected_before is None
                                              else connected_before | known))
        if new:
            names = [session.index.full_name(person) for person in new[:5]]
            more = f" and {len(new) - 5} more" if len(new) > 5 else ""
            report.remarks.append(f"new connections since the last import: "
                                  f"{', '.join(names)}{more}")
        gone = sorted(known - session.connected_now)
        store.connections.mark_unlisted(session.owner, gone, session.connected_now,
                                        today().isoformat())
        report.add("connections no longer in this export (kept)", len(gone))
        if gone:
            names = [session.index.full_name(person) for person in gone[:5]]
            more = f" and {len(gone) - 5} more" if len(gone) > 5 else ""
            report.remarks.append(f"no longer in this export, kept: {', '.join(names)}{more}")
    changed = store.job_changes.since(changes_before)
    if changed:
        report.add("people whose company or position changed", len(changed))
        shown = [f"{session.index.full_name(c.person_id)} ({c.old_company or c.old_position} → "
                 f"{c.new_company or c.new_position})" for c in changed[:5]]
        more = f" and {len(changed) - 5} more" if len(changed) > 5 else ""
        report.remarks.append(f"new jobs: {', '.join(shown)}{more}")
