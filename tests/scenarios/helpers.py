"""Scenario acts through the service, in the shape the scenario tests read best."""

from __future__ import annotations

from datetime import date

from coach.listing import ListFilter
from coach.model import Degree
from coach.service import NetworkService


def contacts(service: NetworkService, degree: Degree | None = None,
             followers: bool = False) -> list[int]:
    """The ids the listing shows for a degree (and followers only), nearest first."""
    return service.contacts(ListFilter(degree=degree, followers=followers)).person_ids()


def enrol(service: NetworkService, scenario: str, people: list[int], day: date):
    service.refresh()
    return service.scenarios.enrol(scenario, people, day)


def agenda(service: NetworkService, day: date):
    """The plan of a day, as ``coach plan`` shows it (it stores nothing)."""
    service.refresh()  # the test may have written to the store behind the service's back
    return service.scenarios.plan(day)


def update(service: NetworkService, day: date):
    """The plan of a day, its changes stored (as marking a step or enrolling does)."""
    service.refresh()
    return service.scenarios.bring_up_to_date(day)


def mark(service: NetworkService, enrolment: int, outcome: str, day: date, plan=None):
    service.refresh()
    return service.scenarios.mark(enrolment, outcome, day)
