"""``coach advise [QUERY]``: advice and allowed actions for one person, or the best next moves."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.cli.follow_ups import SHOWN_LOOPS, loop_lines
from coach.cli.opening import open_service, resolve_person
from coach.cli.output import print_json
from coach.model import Degree
from coach.service import NetworkService
from coach.strategy import MOVES
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import badge, limit_words, move_heading


def advise(args) -> int:
    """Print one person's ranked advice and actions, or the best next moves across the network."""
    with open_service(args) as service:
        report_rule_problems(service)
        words = Wording(service.language)
        if args.query:
            person = resolve_person(service, args.query)
            data = advice_data(service, person.id)
            if args.limit is not None:
                data["advice"] = data["advice"][:max(0, args.limit)]
            if args.json:
                print_json(data)
            else:
                print(_advice_head(data["contact"], words))
                labels = {status["action"]: status["label"] for status in data["actions"]}
                print("\n".join(advice_lines(data["advice"], words=words, labels=labels)
                                + action_lines(data["actions"], words=words)))
            return 0
        if getattr(args, "waiting", False):
            if args.json:
                print_json([loop.to_json() for loop in service.follow_ups.open_loops(args.limit)])
            else:  # the heading counts them all; --limit N shows the first N
                print("\n".join(loop_lines(service.follow_ups.open_loops(), service.language,
                                           args.limit)))
            return 0
        moves = service.best_moves(20 if args.limit is None else args.limit)
        if not args.json:  # --limit N: N waiting items too, not only N moves
            print("\n".join(loop_lines(service.follow_ups.open_loops(), service.language,
                                       SHOWN_LOOPS if args.limit is None else args.limit))
                  + "\n")
        if args.json:
            print_json([dict(move.to_json(), contact=service.contact(move.person_id).to_json())
                        for move in moves])
        else:
            print("\n".join(move_lines(service, moves, words)))
    return 0


def _advice_head(contact: dict, words: Wording) -> str:
    """The person, their degree and how many connections we share."""
    if not words.french:
        return (f"{contact['name']}  [{contact['degree_label']}] · "
                f"{contact['mutual_connections']} mutual connections")
    degree = Degree.OUT_OF_NETWORK if contact["degree"] is None else Degree(contact["degree"])
    return f"{contact['name']}  [{badge(degree, words.language)}] · " + words.count(
        contact["mutual_connections"], "{n} mutual connection", "{n} mutual connections")


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


def advice_lines(advice: list[dict], limit: int | None = None, words: Wording = ENGLISH,
                 labels: dict[str, str] | None = None) -> list[str]:
    """Ranked advice as text: title, rule and place, the text, why and the actions
    (``labels``: each action's words, shown in French instead of its id)."""
    w = words
    if not advice:
        return [w("Advice: none of the rules applies.")]
    lines = [w("Advice:")]
    for rank, item in enumerate(advice[:limit], start=1):
        where = f"{Path(item['file']).name}:{item['line']}"
        lines.append(w("  {rank}. {title}  ({rule}, priority {priority}, {where})", rank=rank,
                       title=item["title"], rule=item["rule"], priority=item["priority"],
                       where=where))
        lines.append(f"     {item['text']}")
        lines.append(w("     Why: {why}", why=item["why"]))
        if item["actions"]:
            named = item["actions"] if not w.french else [
                (labels or {}).get(action, action) for action in item["actions"]]
            lines.append(w("     Actions: {actions}", actions=", ".join(named)))
    if limit is not None and len(advice) > limit:
        lines.append(w("  … and {n} more (coach advise)", n=len(advice) - limit))
    return lines


def action_lines(actions: list[dict], words: Wording = ENGLISH) -> list[str]:
    """Each action: ✓ allowed or ✗ blocked, with the reason and what is left of its limit."""
    w = words
    lines = [w("Actions:")]
    for status in actions:
        mark = "✓" if status["allowed"] else "✗"
        left = ""
        if status["limit"] is not None and status["left"] is not None:
            left = w("  [{limit}: {left} left]", limit=limit_words(status["limit"], w.language),
                     left=status["left"] if not w.french else w.number(status["left"]))
        lines.append(w("  {mark} {label}: {reason}{left}", mark=mark, label=status["label"],
                       reason=w.known(status["reason"]), left=left))
    return lines


def move_lines(service: NetworkService, moves, words: Wording = ENGLISH) -> list[str]:
    """The best next moves, grouped by kind, in the order they were ranked."""
    w = words
    if not moves:
        return [w("No move to suggest: no rule with a move holds for anyone.")]
    lines = []
    for kind, heading in MOVES.items():
        chosen = [move for move in moves if move.move == kind]
        if not chosen:
            continue
        heading = move_heading(kind, heading, w.language)
        lines.append(w.typography(f"{heading[0].upper()}{heading[1:]}:"))
        for move in chosen:
            contact = service.contact(move.person_id)
            lines.append(f"  #{contact.id:<6} {contact.name} "
                         f"[{badge(contact.degree, w.language)}] — {move.advice.title}")
            lines.append(f"          {move.advice.text}")
        lines.append("")
    return lines[:-1]
