"""``coach doctor`` and ``coach backup``: check the store in plain words, copy it safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.main import words_of
from coach.cli.opening import home_of
from coach.cli.output import print_json
from coach.store.doctor import backup, check
from coach.workspace import STORE_FILE


def doctor_command(args) -> int:
    """Check the store (and rebuild the network snapshot when asked); exit 2 when unsound."""
    path = home_of(args) / STORE_FILE
    if args.rebuild_snapshot:
        _rebuild(path)
    checkup = check(path)
    if args.json:
        print_json(checkup.to_json())
        return 0 if checkup.sound else 2
    w = words_of(args)
    print(w("Store: {path}", path=path))
    _findings(checkup, w)
    if args.rebuild_snapshot:
        print(w("The network snapshot was rebuilt."))
    return 0 if checkup.sound else 2


def _findings(checkup, w) -> None:
    for finding in checkup.findings:
        values = {key: w.number(value) if isinstance(value, int) else value
                  for key, value in finding.values.items()}
        print(f"  {'✓' if finding.ok else '✗'} {w(finding.template, **values)}")


def _rebuild(path: Path) -> None:
    from coach.graph.loading import rebuild_snapshot
    from coach.store import Store, StoreError

    if not check(path).sound:
        raise CommandError("{path} is not sound: the snapshot is not rebuilt (see `coach "
                           "doctor`)", path=path)
    try:
        with Store(path) as store:
            rebuild_snapshot(store)
    except StoreError as error:
        raise CommandError(str(error)) from None


def backup_command(args) -> int:
    """Write a consistent copy of the store to PATH (a new file, or --force over a backup)."""
    source = home_of(args) / STORE_FILE
    target = Path(args.path).expanduser()
    if not source.is_file():
        raise CommandError("no store at {path}: nothing to back up", path=source)
    if target.resolve() == source.resolve():
        raise CommandError("{path} is the store itself: back it up somewhere else", path=target)
    if target.is_dir():
        target = target / STORE_FILE
    if target.exists() and not args.force:
        raise CommandError("{path} already exists: choose another path or add --force",
                           path=target)
    try:
        checkup = backup(source, target)
    except (OSError, sqlite3.Error) as error:
        from coach.store.faults import explain

        reason = explain(error, target) or " ".join(str(error).split())
        raise CommandError("cannot back up to {path}: {reason}", path=target,
                           reason=reason) from None
    w = words_of(args)
    print(w("Backed up {source} to {target}.", source=source, target=target))
    _findings(checkup, w)
    return 0 if checkup.sound else 2
