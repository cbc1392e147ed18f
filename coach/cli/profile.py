"""``coach show QUERY``: one person as LinkedIn would show them, and how to reach them."""

from __future__ import annotations

from coach.cli.advice import action_lines, advice_lines, report_rule_problems
from coach.cli.opening import open_service, resolve_person
from coach.cli.output import print_json
from coach.service import Profile

MAX_LISTED = 12
MAX_ADVICE = 3


def show(args) -> int:
    """Print everything known about one person."""
    with open_service(args) as service:
        report_rule_problems(service)
        person = resolve_person(service, args.query)
        profile = service.profile(person.id)
        if args.json:
            print_json(profile.to_json())
        else:
            print("\n".join(profile_lines(profile)))
    return 0


def profile_lines(profile: Profile) -> list[str]:
    """The profile as readable text (the app's detail pane shows the same parts)."""
    contact = profile.contact
    person = contact.person
    degree = contact.degree.label + (" (observed on LinkedIn)" if contact.degree_observed else "")
    lines = [f"{contact.name}  [{contact.degree.label}]"]
    if contact.display_name != contact.name:
        lines.append(f"Shown on LinkedIn as: {contact.display_name}")
    work = " · ".join(p for p in (person.position, person.company, person.location) if p)
    for text in (person.headline, work, person.profile_url or ""):
        if text:
            lines.append(text)
    mutual = contact.mutual_connections
    lines.append(f"Degree: {degree} · {mutual} mutual connection{'' if mutual == 1 else 's'}")
    lines.append(f"Follows you: {_yes(contact.follows_me)} · You follow: {_yes(contact.i_follow)}")
    shared = profile.shared_connections
    if shared:
        names = ", ".join(p.display_name for p in shared[:MAX_LISTED])
        more = f" and {len(shared) - MAX_LISTED} more" if len(shared) > MAX_LISTED else ""
        lines.append(f"Shared connections: {names}{more}")
    if profile.paths:
        lines.append("Introduction paths:")
        for path in profile.paths:
            lines.append("  " + " → ".join(["You", *(p.display_name for p in path.people[1:])]))
    if profile.flag_labels:
        lines.append("Flags: " + "; ".join(profile.flag_labels))
    if profile.groups:
        lines.append("Groups: " + ", ".join(profile.groups))
    if contact.tags:
        lines.append("Tags: " + ", ".join(contact.tags))
    for invitation in profile.invitations:
        way = "sent" if invitation.direction == "out" else "received"
        lines.append(f"Invitation {way} {invitation.sent_at[:10]}: {invitation.status}")
    if profile.interactions:
        lines.append("Recent interactions:")
        for item in profile.interactions[:5]:
            way = "" if item.direction == "out" else " (from them)"
            note = f" — {item.note}" if item.note else ""
            lines.append(f"  {item.at[:10]}  {item.kind}{way}{note}")
    for reminder in profile.reminders:
        lines.append(f"Reminder #{reminder.id} due {reminder.due_on}: {reminder.text}")
    reminded = {reminder.text for reminder in profile.reminders}
    for at, text in [(at, text) for at, text in profile.notes if text not in reminded][:5]:
        lines.append(f"Note {at[:10]}: {text}")
    lines += advice_lines([item.to_json() for item in profile.advice], limit=MAX_ADVICE)
    lines += action_lines([status.to_json() for status in profile.actions])
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "no"
