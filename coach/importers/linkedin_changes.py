"""What changed since the last import of my LinkedIn export, said in its report."""

from __future__ import annotations

from coach.importers.session import Session


def since_last_import(session: Session, known: set[int], changes_before: int) -> None:
    """What changed since the last import of this owner's export: the connections it no
    longer lists (kept: LinkedIn drops people who left or hid themselves) and the people
    whose company or position changed (kept as job changes, a moment to congratulate)."""
    store, report = session.store, session.report
    if known:
        gone = sorted(known - session.connected_now)
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
