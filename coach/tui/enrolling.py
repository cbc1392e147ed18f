"""Enrolling from the app: the highlighted contact or everyone shown, into a chosen scenario."""

from __future__ import annotations

from coach.scenarios import UnknownScenario
from coach.wording.outcomes import said


def start_enrol(screen, person_ids: list[int], who: str) -> None:
    """Ask for a scenario (and a confirmation for a list), enrol, and say what happened."""
    from coach.tui.screens.enrol_dialog import EnrolDialog

    app = screen.app
    w = app.words
    if not person_ids:
        app.notify(w("No contact to enrol."), severity="warning")
        return
    book = app.service.scenarios.book()
    if book.problems:
        app.notify(w("{n} problem(s) in the scenario files: {first}", n=len(book.problems),
                     first=book.problems[0]), severity="error", markup=False)
    if not book.scenarios:
        app.notify(w("No scenario to enrol into: add files to rules/scenarios."),
                   severity="warning")
        return
    choices = [(scenario.id, scenario.title) for scenario in book.scenarios.values()]

    def chosen(scenario_id: str | None) -> None:
        if not scenario_id:
            return
        try:
            result = app.service.scenarios.enrol(scenario_id, person_ids, book=book)
        except (UnknownScenario, ValueError) as error:
            app.notify(said(str(error), w), severity="error", markup=False)
            return
        except Exception as error:  # a read-only or damaged store: nothing was stored
            app.show_failure("Enrolling", error)
            return
        title = book.scenarios[scenario_id].title
        message = w("Enrolled {n} in {scenario}", n=len(result.enrolled), scenario=title)
        if result.refused:
            reasons = sorted(set(result.refused.values()))
            message += w("; {n} left out ({reason}{more})", n=len(result.refused),
                         reason=said(reasons[0], w), more=" …" if len(reasons) > 1 else "")
        app.notify(message, severity="information" if result.enrolled else "warning",
                   markup=False)

    app.push_screen(EnrolDialog(who, len(person_ids), choices), chosen)
