"""``coach paste [FILE]``: text copied from a LinkedIn page → what it shows, then the workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.opening import open_service, resolve_person
from coach.cli.output import fit, print_json, width
from coach.importers import ImportFailure
from coach.importers.export_files import decode
from coach.importers.reading import Limits, limited, read_file
from coach.wording import ENGLISH, Wording
from coach.wording.imports import import_lines
from coach.wording.vocabulary import badge


def paste_command(args) -> int:
    """Read the text (FILE, or standard input), show what was recognised and, unless
    --dry-run, write it in one transaction."""
    text = _read(args.file)
    with open_service(args, allow_demo=False, writes=not args.dry_run) as service:
        of = resolve_person(service, args.of).id if args.of else None
        try:
            pasted, report = service.paste(text, dry_run=args.dry_run, of=of)
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


MAX_PASTE = 32 * 1024 * 1024
"""The most text read for one paste (a copied page is a few hundred kilobytes)."""


def _read(file: str | None) -> str:
    if file in (None, "-"):
        text = sys.stdin.read(MAX_PASTE + 1)
        if len(text) > MAX_PASTE:
            raise CommandError("more than 32 MiB of text on standard input: not a copied page")
        return text
    try:
        with limited(Limits(max_file_bytes=MAX_PASTE)):
            data = read_file(Path(file).expanduser(), file)
    except ImportFailure as error:
        raise CommandError(str(error)) from None
    try:
        return decode(data, Path(file).name, [])  # the same reading as an import's files
    except ImportFailure:
        raise CommandError("{path} is not text (UTF-8 or UTF-16)", path=file) from None


def recognised_lines(pasted, w: Wording = ENGLISH) -> list[str]:
    """The people recognised as an aligned table (a column the page says nothing of is
    left out), then the blocks not read."""
    columns = [
        ("name", lambda p: p.name or w("(LinkedIn Member)")),
        ("degree", lambda p: badge(p.degree, w.language) if p.degree is not None else ""),
        ("mutual", lambda p: "" if p.mutual_count is None else str(p.mutual_count)),
        ("named mutual connections", lambda p: ", ".join(p.mutuals)),
        ("follower", lambda p: _follower(p, w)),
        ("connected on", lambda p: p.connected_on or ""),
        ("invitation", lambda p: _invitation(p, w)),
    ]
    rows = [tuple(cell(p) for _, cell in columns) for p in pasted.people]
    shown = [i for i in range(len(columns)) if i < 4 or any(row[i] for row in rows)]
    header = tuple(w(columns[i][0]) for i in shown)
    rows = [tuple(row[i] for i in shown) for row in rows]
    widths = [min(32, max(width(row[i]) for row in [header, *rows])) for i in range(len(shown))]
    out = [w.count(len(rows), "Recognised {n} person ({page})", "Recognised {n} people ({page})",
                   page=_page(pasted, w))]
    for row in [header, *rows]:
        out.append("  " + "  ".join(fit(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
    if pasted.unread:
        out.append(w.count(len(pasted.unread), "Not read: {n} block", "Not read: {n} blocks"))
        out.extend("  " + w("line {line}: {text}: {reason}", line=u.line, text=repr(u.text[:60]),
                            reason=w.known(u.reason)) for u in pasted.unread)
    return out


_PAGES = {"search results": "search results page", "followers": "followers page",
          "connections": "connections page", "invitations": "invitation manager"}


def _page(pasted, w: Wording) -> str:
    if pasted.page == "mutual connections":
        if pasted.mutual_total is not None:
            return w.count(pasted.mutual_total, "connections you share with {name}: {n} in all",
                           "connections you share with {name}: {n} in all",
                           name=pasted.mutuals_of)
        return w("connections you share with {name}", name=pasted.mutuals_of)
    return w(_PAGES.get(pasted.page, "search results page"))


def _follower(person, w: Wording) -> str:
    if not person.follows_me:
        return ""
    return w("follows you, you follow back" if person.i_follow else "follows you")


def _invitation(person, w: Wording) -> str:
    if person.invitation is None:
        return ""
    if person.invited_on is None:
        return w("received" if person.invitation == "received" else "sent")
    if person.invited_on_approximate:
        return w("received about {day}" if person.invitation == "received"
                 else "sent about {day}", day=person.invited_on)
    return w("received {day}" if person.invitation == "received" else "sent {day}",
             day=person.invited_on)
