"""``coach`` (the summary), ``coach demo`` and ``coach contacts``."""

from __future__ import annotations

import sys

from coach.cli.launch import interactive, run_app
from coach.cli.opening import home_of, open_service
from coach.cli.output import print_json, table
from coach.listing import ListFilter
from coach.model import Degree
from coach.service import NetworkService

FOLLOW_MARKS = {(True, True): "⇄", (True, False): "←", (False, True): "→", (False, False): ""}
"""⇄ we follow each other, ← they follow me, → I follow them."""


def summary(args) -> int:
    """Open the app on the workspace in a terminal; else print a summary of its network."""
    with open_service(args) as service:
        if args.command is None and interactive():
            return run_app(service.workspace, home_of(args))
        print("\n".join(summary_lines(service)))
    return 0


def demo(args) -> int:
    """Open the app on a throw-away copy of the demo network (print its summary with --print
    or when there is no terminal)."""
    from coach.demo import DEMO_BANNER, open_demo

    with open_demo() as workspace:
        if getattr(args, "rules", None):
            from pathlib import Path

            workspace.use_rules(Path(args.rules))
        if not args.print and interactive():
            return run_app(workspace, home_of(args))
        print("\n".join(summary_lines(NetworkService(workspace))))
        print(DEMO_BANNER)
    return 0


def summary_lines(service: NetworkService) -> list[str]:
    """The summary as lines: who I am, counts by degree, followers, invitations."""
    overview = service.overview()
    where = "demo network" if service.is_demo else str(service.home)
    lines = [f"coach — {where}"]
    me = overview.me
    if me is None:
        lines.append("Me: not chosen yet — `coach me QUERY`, or import with --me ID")
    else:
        detail = " · ".join(part for part in (me.position, me.company) if part)
        lines.append(f"Me: {me.full_name}" + (f" ({detail})" if detail else ""))
    stored = overview.stored
    lines.append(
        f"People: {stored['people']:,}   Connections: {stored['connections']:,}   "
        f"Follows recorded: {stored['follows']:,}   Groups: {stored['groups']:,}   "
        f"Interactions: {stored['interactions']:,}"
    )
    names = {Degree.FIRST: "1st degree", Degree.SECOND: "2nd degree",
             Degree.THIRD: "3rd degree", Degree.OUT_OF_NETWORK: "out of network"}
    for degree, label in names.items():
        lines.append(f"  {label:<15} {overview.counts.get(degree, 0):>9,}")
    if me is not None:
        lines.append(
            f"Followers: {overview.followers:,} ({overview.followers_not_connected:,} not "
            f"connected)   You follow: {overview.following:,} "
            f"({overview.following_not_connected:,} not connected)"
        )
    lines.append(f"Pending invitations: {overview.pending_sent} sent, "
                 f"{overview.pending_received} received")
    left = overview.invitations_left
    if left is not None:
        lines.append(f"Invitations left this week: {left} of {overview.weekly_invitation_limit}")
    return lines


def contacts(args) -> int:
    """List contacts with their degree, follow status and mutual connections."""
    wanted = ListFilter(degree=args.degree, followers=args.followers, search=args.search or "")
    with open_service(args) as service:
        page = service.contacts(wanted).limited(args.limit)
        if args.json and not sys.stdout.isatty():  # a pipe: one compact document, fast
            sys.stdout.write(page.to_json_text() + "\n")
        elif args.json:
            print_json(page.to_json())
        else:
            print("\n".join(contact_lines(page.to_json())))
    return 0 if len(page) else 1


def contact_lines(found: list[dict]) -> list[str]:
    """Contacts (their JSON shape) as an aligned text table."""
    if not found:
        return ["No contacts match."]
    rows = [["deg", "name", "follow", "mutual", "company · position", "last contact"]]
    for contact in found:
        work = " · ".join(part for part in (contact["company"], contact["position"]) if part)
        mutual = contact["mutual_connections"]
        rows.append([
            contact["degree_label"],
            contact["display_name"],
            FOLLOW_MARKS[(contact["follows_me"], contact["i_follow"])],
            str(mutual) if mutual else "",
            work,
            (contact["last_interaction"] or "")[:10],
        ])
    lines = table(rows, [4, 28, 6, 6, 44])
    lines.append(f"{len(found):,} contacts   (⇄ follow each other, ← follows you, → you follow)")
    return lines
