"""Files in and out of a workspace: imports with their options, exports."""

from __future__ import annotations

from pathlib import Path

from coach.store import Store


def import_into(store: Store, path: Path, options=None, progress=None):
    """Import a file or folder with ``ImportOptions`` (the same from the command line and the
    app), then save the network's snapshot, so that the next start reads it in milliseconds."""
    from coach.graph.loading import load_structure
    from coach.importers import ImportOptions, import_path

    options = options or ImportOptions()
    options.check()
    report = import_path(store, Path(path).expanduser(), options.format,
                         directed=options.directed, me=options.me, teammate=options.teammate,
                         progress=progress)
    load_structure(store)
    return report


def paste_into(store: Store, text: str, dry_run: bool = False, of=None):
    """Read text copied from a LinkedIn page; unless ``dry_run``, write what it shows in one
    transaction and save the network's snapshot. (what was read, the report or None);
    ImportFailure, saying what was expected, when nothing is recognisable. ``of``: the
    person (a ``Person``) whose mutual connections the page lists."""
    from coach.graph.loading import load_structure
    from coach.importers.paste_import import import_paste, read_paste

    pasted = read_paste(text, of.full_name if of is not None else "")
    if dry_run:
        return pasted, None
    report = import_paste(store, pasted, of.id if of is not None else None)
    load_structure(store)
    return pasted, report


def export_from(store: Store, path: Path, format: str | None = None, force: bool = False,
                workspace: Path | None = None):
    """Write the workspace as coach CSV, JSON or GraphML; (counts, the format used).
    ExportError when it cannot (never inside ``workspace``, nor over an SQLite file)."""
    from coach.exporting import export_format, export_workspace

    path = Path(path).expanduser()
    return (export_workspace(store, path, format, force=force, workspace=workspace),
            export_format(path, format))
