"""Scenarios for every front end: enrol people, plan a day, mark a step — decided once.

Planning a day only reads (``coach plan`` leaves the store as it was); the changes that
bring enrolments up to date are stored when a step is marked or people enrol. A step
marked done is logged through the service, so the rules' allowed actions apply to it as
to any other log.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the scenarios are imported when first used (`coach contacts` never does)
    from coach.scenarios import Agenda, Enrolled, Marked, ScenarioBook
    from coach.service.network_service import NetworkService


class ScenarioDesk:
    """The scenario acts of one service (``service.scenarios``)."""

    def __init__(self, service: "NetworkService") -> None:
        self.service = service

    def book(self) -> "ScenarioBook":
        """The scenario files (rules/scenarios), their problems kept."""
        from coach.scenarios import load_scenarios

        return load_scenarios(self.service.rule_folders())

    def plan(self, day: date | None = None, book: "ScenarioBook | None" = None) -> "Agenda":
        """The steps due on ``day`` (default today) within LinkedIn's limits, and what waits."""
        from coach.scenarios import agenda

        service = self.service
        day = day or service.clock()
        book = book or self.book()
        return agenda(service.store, service.state.facts_on(day), book,
                      service.rulebook.book, day)

    def bring_up_to_date(self, day: date | None = None,
                         book: "ScenarioBook | None" = None) -> "Agenda":
        """Store what planning ``day`` found (who left, which waits are over); the plan.

        Marking a step and enrolling do it first; ``coach plan`` never does (it only reads)."""
        from coach.scenarios import store_updates

        plan = self.plan(day, book)
        store_updates(self.service.store, plan)
        return plan

    def enrol(self, scenario_id: str, person_ids, day: date | None = None,
              book: "ScenarioBook | None" = None) -> "Enrolled":
        """Put people into a scenario (UnknownScenario when there is no such scenario);
        who stays out is said with the reason."""
        from coach.scenarios import enrol

        service = self.service
        day = day or service.clock()
        book = book or self.book()
        scenario = book.get(scenario_id)
        with service.store.transaction():
            self.bring_up_to_date(day, book)  # who left is no longer in it
            result = enrol(service.store, service.state.facts_on(day), scenario,
                           list(person_ids), day)
        service.changed()
        return result

    def mark(self, enrolment_id: int, outcome: str, day: date | None = None,
             book: "ScenarioBook | None" = None) -> "Marked":
        """Mark an enrolment's current step done (logged, if the rules allow it) or
        skipped; the scenario moves on. NoSuchEnrolment, MarkRefused."""
        from coach.scenarios import NoSuchEnrolment, mark

        service = self.service
        day = day or service.clock()
        book = book or self.book()
        enrolment = service.store.enrolments.get(enrolment_id)
        if enrolment is None:
            raise NoSuchEnrolment(f"no enrolment #{enrolment_id}")
        name = service.contact(enrolment.person_id).name

        plan = self.bring_up_to_date(day, book)  # stored even when the mark is refused
        with service.store.transaction():
            marked = mark(service.store, book, plan, enrolment_id, outcome,
                          lambda person_id, kind, at, note: service.log(person_id, kind, at=at,
                                                                         note=note),
                          name, service.clock())
        service.changed()
        return marked
