"""``coach import PATH`` and ``coach export PATH``: files ↔ the workspace, with a report."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.opening import open_service
from coach.cli.output import print_json
from coach.importers import ImportFailure, ImportOptions, read_mapping
from coach.wording import Wording
from coach.wording.import_limits import limit_problem_line
from coach.wording.imports import export_lines, import_lines


def import_command(args) -> int:
    """Import a file, print what was taken and left out, and prepare the network."""
    try:
        mapping = read_mapping(getattr(args, "map", None) or ())
    except ImportFailure as error:
        raise CommandError("{reason} (nothing was imported)", reason=str(error)) from None
    options = ImportOptions(format=args.format, directed=args.directed, me=args.me,
                            teammate=getattr(args, "teammate", None), mapping=mapping)
    with open_service(args, allow_demo=False, writes=True) as service:
        for problem in service.import_limit_problems():  # the defaults are used: say so
            print(f"coach: {limit_problem_line(problem, Wording(service.language))}",
                  file=sys.stderr)
        try:
            report = service.import_file(Path(args.path), options)
        except ImportFailure as error:
            raise CommandError("{reason} (nothing was imported)", reason=str(error)) from None
        if args.json:
            print_json(report.to_json())
        else:
            w = Wording(service.language)
            print("\n".join(import_lines(report, w)))
            if service.store.me is None:
                print(w("No 'me' yet: choose who you are with `coach me QUERY` or re-import "
                        "with --me ID."), file=sys.stderr)
    return 0


def export_command(args) -> int:
    """Write the workspace as coach CSV (a folder or .zip), JSON or GraphML."""
    from coach.exporting import ExportError

    path = Path(args.path).expanduser()
    with open_service(args, allow_demo=False) as service:
        if service.store.is_empty():
            raise CommandError("the workspace is empty: nothing to export")
        try:
            counts, kind = service.export_file(path, args.format, force=args.force)
        except ExportError as error:
            raise CommandError(str(error)) from None
        words = Wording(service.language)
    print("\n".join(export_lines(path, kind, counts, words)))
    return 0
