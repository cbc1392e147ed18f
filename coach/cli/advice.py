"""``coach advise [QUERY]``: advice and allowed actions for one person, or the best next moves."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.follow_ups import loop_lines
from coach.cli.opening import open_service, resolve_person
from coach.cli.output import print_json
from coach.service import NetworkService
from coach.strategy import MOVES


def advise(args) -> int:
    """Print one person's ranked advice and actions, or the best next moves across the network."""
    with open_service(args) as service:
        report_rule_problems(service)
        if args.query:
            person = resolve_person(service, args.query)
            data = advice_data(service, person.id)
            if args.limit is not None:
                data["advice"] = data["advice"][:max(0, args.limit)]
            if args.json:
                print_json(data)
            else:
                contact = data["contact"]
                print(f"{contact['name']}  [{contact['degree_label']}] · "
                      f"{contact['mutual_connections']} mutual connections")
                print("\n".join(advice_lines(data["advice"]) + action_lines(data["actions"])))
            return 0
        if getattr(args, "waiting", False):
            loops = service.follow_ups.open_loops(args.limit)
            if args.json:
                print_json([loop.to_json() for loop in loops])
            else:
                print("\n".join(loop_lines(loops, service.config.language, None)))
            return 0
        moves = service.best_moves(20 if args.limit is None else args.limit)
        if not args.json:
            print("\n".join(loop_lines(service.follow_ups.open_loops(),
                                       service.config.language)) + "\n")
        if args.json:
            print_json([dict(move.to_json(), contact=service.contact(move.person_id).to_json())
                        for move in moves])
        else:
            print("\n".join(move_lines(service, moves)))
    return 0


def report_rule_problems(service: NetworkService) -> None:
    """Warn on stderr about config.toml and rule-file problems; the command still runs."""
    for problem in service.rule_problems():
        print(f"coach: {problem}", file=sys.stderr)


def advice_data(service: NetworkService, person_id: int) -> dict:
    """The contact, their ranked advice and every action with its status, as plain values."""
    return {
        "contact": service.contact(person_id).to_json(),
        "advice": [item.to_json() for item in service.advice(person_id)],
        "actions": [status.to_json() for status in service.actions(person_id)],
    }


def advice_lines(advice: list[dict], limit: int | None = None) -> list[str]:
    """Ranked advice as text: title, rule and place, the text, why and the actions."""
    if not advice:
        return ["Advice: none of the rules applies."]
    lines = ["Advice:"]
    for rank, item in enumerate(advice[:limit], start=1):
        where = f"{Path(item['file']).name}:{item['line']}"
        lines.append(f"  {rank}. {item['title']}  ({item['rule']}, priority {item['priority']}, "
                     f"{where})")
        lines.append(f"     {item['text']}")
        lines.append(f"     Why: {item['why']}")
        if item["actions"]:
            lines.append(f"     Actions: {', '.join(item['actions'])}")
    if limit is not None and len(advice) > limit:
        lines.append(f"  … and {len(advice) - limit} more (coach advise)")
    return lines


def action_lines(actions: list[dict]) -> list[str]:
    """Each action: ✓ allowed or ✗ blocked, with the reason and what is left of its limit."""
    lines = ["Actions:"]
    for status in actions:
        mark = "✓" if status["allowed"] else "✗"
        left = ""
        if status["limit"] is not None and status["left"] is not None:
            left = f"  [{status['limit']}: {status['left']} left]"
        lines.append(f"  {mark} {status['label']}: {status['reason']}{left}")
    return lines


def move_lines(service: NetworkService, moves) -> list[str]:
    """The best next moves, grouped by kind, in the order they were ranked."""
    if not moves:
        return ["No move to suggest: no rule with a move holds for anyone."]
    lines = []
    for kind, heading in MOVES.items():
        chosen = [move for move in moves if move.move == kind]
        if not chosen:
            continue
        lines.append(f"{heading[0].upper()}{heading[1:]}:")
        for move in chosen:
            contact = service.contact(move.person_id)
            lines.append(f"  #{contact.id:<6} {contact.name} [{contact.degree.label}] "
                         f"— {move.advice.title}")
            lines.append(f"          {move.advice.text}")
        lines.append("")
    return lines[:-1]

