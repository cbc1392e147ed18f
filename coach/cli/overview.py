"""``coach`` (the summary), ``coach demo`` and ``coach contacts``."""

from __future__ import annotations

import sys

from coach.cli.launch import interactive, run_app
from coach.cli.opening import home_of, open_service
from coach.cli.output import print_json, table
from coach.listing import ListFilter
from coach.model import Degree
from coach.overview import GROW_HINT
from coach.service import NetworkService
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import badge, degree_words, shown_name

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
    w = Wording(service.language)
    n = w.number
    overview = service.overview()
    where = w("demo network") if service.is_demo else str(service.home)
    lines = [f"coach — {where}"]
    me = overview.me
    if me is None:
        lines.append(w("Me: not chosen yet — `coach me QUERY`, or import with --me ID"))
    else:
        detail = " · ".join(part for part in (me.position, me.company) if part)
        lines.append(w("Me: {name}", name=me.full_name) + (f" ({detail})" if detail else ""))
    stored = overview.stored
    lines.append(w(
        "People: {people}   Connections: {connections}   Follows recorded: {follows}   "
        "Groups: {groups}   Interactions: {interactions}",
        **{key: n(stored[key]) for key in ("people", "connections", "follows", "groups",
                                           "interactions")}))
    for degree in (Degree.FIRST, Degree.SECOND, Degree.THIRD, Degree.OUT_OF_NETWORK):
        label = degree_words(degree, w.language)
        lines.append(f"  {label:<15} {n(overview.counts.get(degree, 0)):>9}")
    if overview.thin:
        lines.append(w(GROW_HINT))
    if me is not None:
        lines.append(w(
            "Followers: {followers} ({followers_not_connected} not connected)   You follow: "
            "{following} ({following_not_connected} not connected)",
            followers=n(overview.followers),
            followers_not_connected=n(overview.followers_not_connected),
            following=n(overview.following),
            following_not_connected=n(overview.following_not_connected)))
    lines.append(w("Pending invitations: {sent} sent, {received} received",
                   sent=overview.pending_sent, received=overview.pending_received))
    left = overview.invitations_left
    if left is not None:
        lines.append(w("Invitations left this week: {left} of {limit}", left=left,
                       limit=overview.weekly_invitation_limit))
    return lines


def contacts(args) -> int:
    """List contacts with their degree, follow status and mutual connections."""
    wanted = ListFilter(degree=args.degree, followers=args.followers, search=args.search or "")
    with open_service(args) as service:
        page = service.contacts(wanted).limited(args.limit)
        if args.json and not sys.stdout.isatty():  # a pipe: one compact document, fast
            page.write_json(sys.stdout)
            sys.stdout.write("\n")
        elif args.json:
            print_json(page.to_json())
        else:
            print("\n".join(contact_lines(page.to_json(), Wording(service.language))))
    return 0 if len(page) else 1


def contact_lines(found: list[dict], words: Wording = ENGLISH) -> list[str]:
    """Contacts (their JSON shape) as an aligned text table."""
    w = words
    if not found:
        return [w("No contacts match.")]
    rows = [[w("deg"), w("name"), w("follow"), w("mutual"), w("company · position"),
             w("last contact")]]
    for contact in found:
        work = " · ".join(part for part in (contact["company"], contact["position"]) if part)
        mutual = contact["mutual_connections"]
        degree = contact["degree_label"]
        if w.french:
            degree = badge(Degree.OUT_OF_NETWORK if contact["degree"] is None
                           else Degree(contact["degree"]), w.language)
        rows.append([
            degree,
            shown_name(contact["display_name"], w.language),
            FOLLOW_MARKS[(contact["follows_me"], contact["i_follow"])],
            str(mutual) if mutual else "",
            work,
            (contact["last_interaction"] or "")[:10],
        ])
    lines = table(rows, [4, 28, 6, 6, 44])
    lines.append(w.count(len(found), "{n} contact   (⇄ follow each other, ← follows you, → you "
                         "follow)", "{n} contacts   (⇄ follow each other, ← follows you, → you "
                         "follow)") if w.french else
                 f"{len(found):,} contacts   (⇄ follow each other, ← follows you, → you follow)")
    return lines
