"""``coach`` (the summary), ``coach demo`` and ``coach contacts``."""

from __future__ import annotations

from coach.cli.launch import interactive, run_app
from coach.cli.opening import home_of, open_workspace
from coach.cli.output import print_json, table
from coach.contacts import Contact
from coach.model import Degree
from coach.workspace import Workspace

FOLLOW_MARKS = {(True, True): "⇄", (True, False): "←", (False, True): "→", (False, False): ""}
"""⇄ we follow each other, ← they follow me, → I follow them."""


def summary(args) -> int:
    """Open the app on the workspace in a terminal; else print a summary of its network."""
    with open_workspace(args) as workspace:
        if args.command is None and interactive():
            return run_app(workspace, home_of(args))
        print("\n".join(summary_lines(workspace)))
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
        print("\n".join(summary_lines(workspace)))
        print(DEMO_BANNER)
    return 0


def summary_lines(workspace: Workspace) -> list[str]:
    """The summary as lines: who I am, counts by degree, followers, invitations."""
    store, network = workspace.store, workspace.network
    where = "demo network" if workspace.is_demo else str(workspace.home)
    lines = [f"coach — {where}"]
    me = store.people.get(network.me_id) if network.me_id is not None else None
    if me is None:
        lines.append("Me: not chosen yet — `coach me QUERY`, or import with --me ID")
    else:
        detail = " · ".join(part for part in (me.position, me.company) if part)
        lines.append(f"Me: {me.full_name}" + (f" ({detail})" if detail else ""))
    lines.append(
        f"People: {store.people.count():,}   Connections: {store.connections.count():,}   "
        f"Follows recorded: {store.follows.count():,}   Groups: {store.groups.count():,}   "
        f"Interactions: {store.interactions.count():,}"
    )
    counts = network.counts_by_degree()
    names = {Degree.FIRST: "1st degree", Degree.SECOND: "2nd degree",
             Degree.THIRD: "3rd degree", Degree.OUT_OF_NETWORK: "out of network"}
    for degree, label in names.items():
        lines.append(f"  {label:<15} {counts[degree]:>9,}")
    if network.me is not None:
        first = network.degree == int(Degree.FIRST)
        followers = int(network.follows_me.sum())
        following = int(network.i_follow.sum())
        lines.append(
            f"Followers: {followers:,} ({int((network.follows_me & ~first).sum()):,} not connected)"
            f"   You follow: {following:,} ({int((network.i_follow & ~first).sum()):,} not connected)"
        )
    pending = store.invitations.pending()
    sent = sum(1 for invitation in pending if invitation.direction == "out")
    lines.append(f"Pending invitations: {sent} sent, {len(pending) - sent} received")
    return lines


def contacts(args) -> int:
    """List contacts with their degree, follow status and mutual connections."""
    with open_workspace(args) as workspace:
        found = workspace.roster.contacts(args.degree, args.followers, args.search)
        if args.limit is not None:
            found = found[: max(0, args.limit)]
        if args.json:
            print_json([contact.to_json() for contact in found])
        else:
            print("\n".join(contact_lines(found)))
    return 0 if found else 1


def contact_lines(found: list[Contact]) -> list[str]:
    """Contacts as an aligned text table."""
    if not found:
        return ["No contacts match."]
    rows = [["deg", "name", "follow", "mutual", "company · position", "last contact"]]
    for contact in found:
        person = contact.person
        work = " · ".join(part for part in (person.company, person.position) if part)
        rows.append([
            contact.degree.label,
            contact.display_name,
            FOLLOW_MARKS[(contact.follows_me, contact.i_follow)],
            str(contact.mutual_connections) if contact.mutual_connections else "",
            work,
            (contact.last_interaction or "")[:10],
        ])
    lines = table(rows, [4, 28, 6, 6, 44])
    lines.append(f"{len(found):,} contacts   (⇄ follow each other, ← follows you, → you follow)")
    return lines
