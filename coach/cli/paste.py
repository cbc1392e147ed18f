"""``coach paste [FILE]``: text copied from a LinkedIn page → what it shows, then the workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.opening import open_service
from coach.cli.output import fit, print_json, width
from coach.importers import ImportFailure
from coach.importers.export_files import decode
from coach.wording import ENGLISH, Wording
from coach.wording.imports import import_lines
from coach.wording.vocabulary import badge


def paste_command(args) -> int:
    """Read the text (FILE, or standard input), show what was recognised and, unless
    --dry-run, write it in one transaction."""
    text = _read(args.file)
    with open_service(args, allow_demo=False, writes=not args.dry_run) as service:
        try:
            pasted, report = service.paste(text, dry_run=args.dry_run)
        except ImportFailure as error:
            raise CommandError("{reason} (nothing was imported)", reason=str(error)) from None
        if args.json:
            out = pasted.to_json()
            out["dry_run"] = bool(args.dry_run)
            out["report"] = report.to_json() if report is not None else None
            print_json(out)
            return 0
        w = Wording(service.language)
        print("\n".join(recognised_lines(pasted, w)))
        if report is None:
            print(w("Dry run: nothing was written."))
        else:
            print("\n".join(import_lines(report, w)))
    return 0


def _read(file: str | None) -> str:
    if file in (None, "-"):
        return sys.stdin.read()
    try:
        data = Path(file).expanduser().read_bytes()
    except OSError as error:
        raise CommandError("cannot read {path}: {reason}", path=file,
                           reason=error.strerror or str(error)) from None
    try:
        return decode(data, Path(file).name, [])  # the same reading as an import's files
    except ImportFailure:
        raise CommandError("{path} is not text (UTF-8 or UTF-16)", path=file) from None


def recognised_lines(pasted, w: Wording = ENGLISH) -> list[str]:
    """The people recognised as an aligned table, then the blocks not read."""
    header = tuple(w(cell) for cell in ("name", "degree", "mutual",
                                         "named mutual connections", "follower"))
    rows = [(p.name or w("(LinkedIn Member)"),
             badge(p.degree, w.language) if p.degree is not None else "",
             "" if p.mutual_count is None else str(p.mutual_count), ", ".join(p.mutuals),
             _follower(p, w)) for p in pasted.people]
    widths = [min(32, max(width(row[i]) for row in [header, *rows])) for i in range(5)]
    page = w("search results page" if pasted.page == "search results" else "followers page")
    out = [w.count(len(rows), "Recognised {n} person ({page})", "Recognised {n} people ({page})",
                   page=page)]
    for row in [header, *rows]:
        out.append("  " + "  ".join(fit(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
    if pasted.unread:
        out.append(w.count(len(pasted.unread), "Not read: {n} block", "Not read: {n} blocks"))
        out.extend("  " + w("line {line}: {text}: {reason}", line=u.line, text=repr(u.text[:60]),
                            reason=w.known(u.reason)) for u in pasted.unread)
    return out


def _follower(person, w: Wording) -> str:
    if not person.follows_me:
        return ""
    return w("follows you, you follow back" if person.i_follow else "follows you")
