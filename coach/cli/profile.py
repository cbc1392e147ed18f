"""``coach show QUERY``: one person as LinkedIn would show them, and how to reach them."""

from __future__ import annotations

from coach.cli.advice import action_lines, advice_lines, report_rule_problems
from coach.cli.opening import open_workspace, resolve_person
from coach.cli.output import print_json
from coach.workspace import Workspace

MAX_LISTED = 12
MAX_ADVICE = 3


def show(args) -> int:
    """Print everything known about one person."""
    with open_workspace(args) as workspace:
        report_rule_problems(workspace)
        person = resolve_person(workspace, args.query)
        profile = profile_data(workspace, person.id)
        if args.json:
            print_json(profile)
        else:
            print("\n".join(profile_lines(profile)))
    return 0


def profile_data(workspace: Workspace, person_id: int) -> dict:
    """The contact's JSON plus shared connections, paths, groups, flags and history."""
    store, network = workspace.store, workspace.network
    contact = workspace.contact(person_id)
    data = contact.to_json()

    def named(other_id: int) -> dict:
        other = workspace.contact(other_id)
        return {"id": other_id, "name": other.name, "display_name": other.display_name}

    data["mutual_connection_list"] = [named(i) for i in network.mutual_connections(person_id)]
    data["introduction_paths"] = [
        {"people": [named(i) for i in path.person_ids], "score": round(path.score, 3)}
        for path in workspace.paths_to(person_id)
    ]
    data["groups"] = store.groups.of(person_id)
    data["flags"] = {
        "shares_group": contact.shares_group,
        "open_profile": contact.person.open_profile,
        "coworker": contact.coworker,
        "full_name_visible": contact.person.full_name_visible,
        "follow_primary": contact.person.follow_primary,
    }
    hint = store.hints.get(person_id)
    data["degree_hint"] = None if hint is None else {
        "degree": hint.degree.json_value, "mutual_connections": hint.mutual_connections,
        "observed_on": hint.observed_on, "source": hint.source,
    }
    data["invitations"] = [
        {"direction": i.direction, "sent_at": i.sent_at, "status": i.status,
         "resolved_at": i.resolved_at} for i in store.invitations.of(person_id)
    ]
    data["interactions"] = [
        {"kind": i.kind, "direction": i.direction, "at": i.at, "note": i.note}
        for i in store.interactions.of(person_id)[:20]
    ]
    data["notes"] = [{"at": at, "text": text} for at, text in store.notes.of(person_id)]
    data["advice"] = [item.to_json() for item in workspace.advisor.advice(person_id)]
    data["actions"] = [status.to_json() for status in workspace.advisor.actions(person_id)]
    return data


def profile_lines(data: dict) -> list[str]:
    """The profile as readable text."""
    degree = data["degree_label"] + (" (observed on LinkedIn)" if data["degree_observed"] else "")
    lines = [f"{data['name']}  [{data['degree_label']}]"]
    if data["display_name"] != data["name"]:
        lines.append(f"Shown on LinkedIn as: {data['display_name']}")
    work = " · ".join(p for p in (data["position"], data["company"], data["location"]) if p)
    for text in (data["headline"], work, data["profile_url"] or ""):
        if text:
            lines.append(text)
    mutual = data["mutual_connections"]
    lines.append(f"Degree: {degree} · {mutual} mutual connection{'' if mutual == 1 else 's'}")
    lines.append(f"Follows you: {_yes(data['follows_me'])} · You follow: {_yes(data['i_follow'])}")
    shared = data["mutual_connection_list"]
    if shared:
        names = ", ".join(p["display_name"] for p in shared[:MAX_LISTED])
        more = f" and {len(shared) - MAX_LISTED} more" if len(shared) > MAX_LISTED else ""
        lines.append(f"Shared connections: {names}{more}")
    if data["introduction_paths"]:
        lines.append("Introduction paths:")
        for path in data["introduction_paths"]:
            people = ["You", *(p["display_name"] for p in path["people"][1:])]
            lines.append("  " + " → ".join(people))
    flags = [label for key, label in (("shares_group", "shares a group with you"),
                                      ("open_profile", "Open Profile"),
                                      ("coworker", "current coworker"),
                                      ("follow_primary", "Follow is their main button"))
             if data["flags"][key]]
    if flags:
        lines.append("Flags: " + "; ".join(flags))
    if data["groups"]:
        lines.append("Groups: " + ", ".join(data["groups"]))
    if data["tags"]:
        lines.append("Tags: " + ", ".join(data["tags"]))
    for invitation in data["invitations"]:
        way = "sent" if invitation["direction"] == "out" else "received"
        lines.append(f"Invitation {way} {invitation['sent_at'][:10]}: {invitation['status']}")
    if data["interactions"]:
        lines.append("Recent interactions:")
        for item in data["interactions"][:5]:
            way = "" if item["direction"] == "out" else " (from them)"
            note = f" — {item['note']}" if item["note"] else ""
            lines.append(f"  {item['at'][:10]}  {item['kind']}{way}{note}")
    for note in data["notes"][:5]:
        lines.append(f"Note {note['at'][:10]}: {note['text']}")
    if "advice" in data:
        lines += advice_lines(data["advice"], limit=MAX_ADVICE)
    if "actions" in data:
        lines += action_lines(data["actions"])
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "no"
