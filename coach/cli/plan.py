"""``coach enrol``, ``coach plan`` and ``coach step``: scenarios and the daily agenda.

Exit codes: 0 ok; 1 nothing matched (no one enrolled, no such enrolment); 2 bad input
(unknown scenario, bad date, a step that cannot be marked, broken scenario files).
"""

from __future__ import annotations

from datetime import date

from coach.cli.errors import BAD_INPUT, NOT_FOUND, CommandError
from coach.cli.follow_ups import loop_lines
from coach.cli.opening import open_service, open_writable, resolve_person
from coach.cli.output import print_json
from coach.dates import parse_date
from coach.listing import ListFilter
from coach.model import Degree
from coach.scenarios import Agenda, AgendaItem, MarkRefused, NoSuchEnrolment, UnknownScenario
from coach.wording import ENGLISH, Wording
from coach.wording.agenda import french_agenda
from coach.wording.outcomes import marked_words, said
from coach.wording.pacing import pace_lines
from coach.wording.vocabulary import agenda_status, badge, step_words

SHOWN_REFUSALS = 20
"""How many people left out ``coach enrol`` lists in text (``--json`` lists them all)."""


def _day(args) -> date | None:
    if not getattr(args, "today", None):
        return None
    try:
        return parse_date(args.today)
    except ValueError as error:
        raise CommandError(str(error)) from None


def _scenarios(service):
    """The workspace's scenarios; exit 2 with every problem when a scenario file is broken."""
    book = service.scenarios.book()
    if book.problems:
        raise CommandError("the scenario files have problems (coach rules check):\n{problems}",
                           problems="\n".join(str(problem) for problem in book.problems))
    return book


def enrol_command(args) -> int:
    """Put people (named, or a filtered list) into a scenario."""
    day = _day(args)
    if not args.query and args.degree is None and not args.followers and not args.search:
        raise CommandError("name the people to enrol (QUERY…) or a list (--degree, "
                           "--followers, --search)")
    with open_writable(args) as service:
        book = _scenarios(service)
        try:
            scenario = book.get(args.scenario)
        except UnknownScenario as error:
            raise CommandError(str(error)) from None
        people = [resolve_person(service, query).id for query in args.query]
        if args.degree is not None or args.followers or args.search:
            people += service.contacts(ListFilter(degree=args.degree, followers=args.followers,
                                                  search=args.search or "")).person_ids()
        result = service.scenarios.enrol(scenario.id, people, day, book)
        day = day or service.clock()
        names = {person: service.contact(person).name for person in people}
        if args.json:
            print_json({"scenario": scenario.id, "day": day.isoformat(),
                        "enrolled": [{"person_id": person, "name": names[person],
                                      "enrolment": enrolment}
                                     for person, enrolment in result.enrolled.items()],
                        "refused": [{"person_id": person, "name": names[person],
                                     "reason": reason}
                                    for person, reason in result.refused.items()]})
        else:
            print("\n".join(enrolled_lines(result, scenario, day, names,
                                           Wording(service.language))))
    return 0 if result.enrolled else NOT_FOUND


def enrolled_lines(result, scenario, day: date, names: dict[int, str],
                   words: Wording = ENGLISH) -> list[str]:
    """Who entered the scenario, and who was left out and why."""
    w = words
    lines = [w("Enrolled {n} in {scenario} ({id}) on {day}; first step: {step}",
               n=len(result.enrolled), scenario=scenario.title, id=scenario.id,
               day=day.isoformat(), step=step_words(scenario.steps[0], w.language))]
    if result.refused:
        lines.append(w("Left out {n}:", n=len(result.refused)))
        for person, reason in list(result.refused.items())[:SHOWN_REFUSALS]:
            lines.append(w("  #{id} {name}: {reason}", id=person, name=names[person],
                           reason=said(reason, w)))
        if len(result.refused) > SHOWN_REFUSALS:
            lines.append(w("  … and {n} more (--json lists them all)",
                           n=len(result.refused) - SHOWN_REFUSALS))
    return lines


def plan_command(args) -> int:
    """Print the agenda of a day: steps to do, steps that wait and why, what changed."""
    day = _day(args)
    with open_service(args, allow_demo=False) as service:
        plan = service.scenarios.plan(day, _scenarios(service))
        loops = service.follow_ups.open_loops(day=day)
        if args.json:
            print_json(dict(plan.to_json(), waiting=[loop.to_json() for loop in loops]))
        else:
            lines = agenda_lines(plan, Wording(service.language))
            print("\n".join(lines[:1] + [""] + loop_lines(loops, service.language)
                            + lines[1:]))
    return 0


def agenda_lines(plan: Agenda, words: Wording = ENGLISH) -> list[str]:
    """The agenda as text: one block per section, each step with its id to mark it."""
    w = words
    lines = [w("Agenda for {day}: {to_do} to do today, {waiting} waiting", day=plan.day.isoformat(),
               to_do=len(plan.to_do), waiting=len(plan.waiting))]
    if plan.pacing:
        lines += ["", *pace_lines(plan.pacing, plan.day, w)]
    sections = ((w("Do today"), plan.to_do), (w("Waiting (limits)"), plan.waiting),
                (w("Coming up"), plan.later))
    for title, items in sections:
        if items:
            lines += ["", title]
            for item in items:
                lines += _item_lines(item, w)
    if plan.changes:
        lines += ["", w("Changes")]
        lines += [w("  [{id}] {name}: {status} — {reason}", id=change.enrolment.id,
                    name=change.name, status=agenda_status(change.status, w.language),
                    reason=_said(change.reason, w))
                  for change in plan.changes]
    if not plan.items and not plan.later and not plan.changes:
        lines.append(w("No one is in a scenario: `coach enrol SCENARIO QUERY…` puts people in "
                       "one."))
    elif plan.items:
        lines += ["", w("Mark a step with `coach step ID done` (or skip).")]
    return lines


def _said(text: str, words: Wording) -> str:
    """A sentence of the planner in the agenda's language."""
    return french_agenda(text) if words.french else text


def _item_lines(item: AgendaItem, words: Wording = ENGLISH) -> list[str]:
    w = words
    degree = item.degree
    if w.french and degree:
        try:
            degree = badge(Degree.parse(degree), w.language)
        except ValueError:
            pass
    head = w("  [{id}] {name} ({degree}) — {scenario}, step {step}: {what}", id=item.enrolment.id,
             name=item.name, degree=degree, scenario=item.scenario.title,
             step=item.enrolment.step + 1, what=step_words(item.step, w.language))
    lines = [head + (w(" by {how}", how=_said(item.how, w)) if item.how else "")]
    if item.status == "waits" or item.step.is_action is False:
        lines.append(w("       waits: {why}", why=_said(item.why, w)))
    elif item.why:
        lines.append(w("       note: {why}", why=_said(item.why, w)))
    if item.text and item.status != "waits":
        lines.append(w("       text: {text}", text=item.text))
    return lines


def step_command(args) -> int:
    """Mark an enrolment's current step done (logging it) or skipped."""
    day = _day(args)
    try:
        enrolment_id = int(args.id.lstrip("#"))
    except ValueError:
        raise CommandError("not an enrolment id: {id!r} (the number in [ ] in `coach plan`)",
                           id=args.id) from None
    with open_writable(args) as service:
        try:
            marked = service.scenarios.mark(enrolment_id, "skipped" if args.outcome == "skip"
                                            else args.outcome, day, _scenarios(service))
        except NoSuchEnrolment as error:
            raise CommandError(str(error.args[0]), NOT_FOUND) from None
        except MarkRefused as error:
            raise CommandError(str(error), BAD_INPUT) from None
        print(marked_words(marked, Wording(service.language)))
    return 0
