"""``coach show QUERY``: one person as LinkedIn would show them, and how to reach them."""

from __future__ import annotations

from coach.cli.advice import action_lines, advice_lines, report_rule_problems
from coach.cli.opening import open_service, resolve_person
from coach.cli.output import print_json
from coach.service import Profile
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import badge, flag, interaction, invitation_status, shown_name

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
            print("\n".join(profile_lines(profile, Wording(service.language))))
    return 0


def profile_lines(profile: Profile, words: Wording = ENGLISH) -> list[str]:
    """The profile as readable text (the app's detail pane shows the same parts)."""
    w, language = words, words.language
    contact = profile.contact
    person = contact.person
    label = badge(contact.degree, language)
    degree = label + (w(" (observed on LinkedIn)") if contact.degree_observed else "")
    lines = [f"{contact.name}  [{label}]"]
    if contact.display_name != contact.name:
        lines.append(w("Shown on LinkedIn as: {name}",
                       name=shown_name(contact.display_name, language)))
    work = " · ".join(p for p in (person.position, person.company, person.location) if p)
    for text in (person.headline, work, person.profile_url or ""):
        if text:
            lines.append(text)
    lines.append(w("Degree: {degree}", degree=degree) + " · " + w.count(
        contact.mutual_connections, "{n} mutual connection", "{n} mutual connections",
        grouped=False))
    lines.append(w("Follows you: {follows_me} · You follow: {i_follow}",
                   follows_me=w.yes(contact.follows_me), i_follow=w.yes(contact.i_follow)))
    shared = profile.shared_connections
    if shared:
        names = ", ".join(shown_name(p.display_name, language) for p in shared[:MAX_LISTED])
        more = w(" and {n} more", n=len(shared) - MAX_LISTED) if len(shared) > MAX_LISTED \
            else ""
        lines.append(w("Shared connections: {names}{more}", names=names, more=more))
    if profile.paths:
        lines.append(w("Introduction paths:"))
        for path in profile.paths:
            lines.append("  " + " → ".join(
                [w("You"), *(shown_name(p.display_name, language) for p in path.people[1:])]))
    if profile.flag_labels:
        lines.append(w("Flags: {flags}", flags=w.typography("; ").join(
            flag(label, language) for label in profile.flag_labels)))
    if profile.groups:
        lines.append(w("Groups: {groups}", groups=", ".join(profile.groups)))
    if contact.tags:
        lines.append(w("Tags: {tags}", tags=", ".join(contact.tags)))
    for invitation in profile.invitations:
        sentence = ("Invitation sent {day}: {status}" if invitation.direction == "out"
                    else "Invitation received {day}: {status}")
        lines.append(w(sentence, day=invitation.sent_at[:10],
                       status=invitation_status(invitation.status, language)))
    if profile.interactions:
        lines.append(w("Recent interactions:"))
        for item in profile.interactions[:5]:
            way = "" if item.direction == "out" else w(" (from them)")
            note = f" — {item.note}" if item.note else ""
            lines.append(f"  {item.at[:10]}  {interaction(item.kind, language)}{way}{note}")
    for reminder in profile.reminders:
        lines.append(w("Reminder #{id} due {day}: {text}", id=reminder.id, day=reminder.due_on,
                       text=reminder.text))
    reminded = {reminder.text for reminder in profile.reminders}
    for at, text in [(at, text) for at, text in profile.notes if text not in reminded][:5]:
        lines.append(w("Note {day}: {text}", day=at[:10], text=text))
    labels = {status.action: status.label for status in profile.actions}
    lines += advice_lines([item.to_json() for item in profile.advice], limit=MAX_ADVICE,
                          words=w, labels=labels)
    lines += action_lines([status.to_json() for status in profile.actions], words=w)
    return lines
