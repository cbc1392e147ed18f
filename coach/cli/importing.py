"""``coach import PATH``: files → the workspace, all or nothing, with a report."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.opening import open_workspace
from coach.cli.output import print_json
from coach.graph.loading import load_structure
from coach.importers import ImportFailure, import_path


def import_command(args) -> int:
    """Import a file, print what was taken and left out, and prepare the network."""
    path = Path(args.path).expanduser()
    with open_workspace(args, allow_demo=False) as workspace:
        try:
            report = import_path(workspace.store, path, args.format,
                                 directed=args.directed, me=args.me)
        except ImportFailure as error:
            raise CommandError(f"{error} (nothing was imported)") from None
        # Build and save the network snapshot now, so that the next start is instant.
        load_structure(workspace.store)
        if args.json:
            print_json(report.to_json())
        else:
            print("\n".join(report.lines()))
            if workspace.store.me is None:
                print("No 'me' yet: choose who you are with `coach me QUERY` "
                      "or re-import with --me ID.", file=sys.stderr)
    return 0
