"""Scenarios read from the ``scenarios/`` folder of each rule folder, merged in layers.

The shipped scenarios come first, then the workspace's (``<home>/rules/scenarios``): a later
layer's scenario replaces an earlier one with the same id, and its tests replace the
earlier one's tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coach.scenarios.model import Scenario, ScenarioTest
from coach.scenarios.reader import load_scenario_file
from coach.strategy.engine import rule_files
from coach.strategy.problems import RuleProblem, unknown

SCENARIO_FOLDER = "scenarios"


class UnknownScenario(KeyError):
    """No scenario has this id (the message names the nearest one)."""

    def __str__(self) -> str:
        return str(self.args[0])


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files of a rule folder: ``<folder>/scenarios/*.toml``.

    A folder named ``scenarios``, or a file inside one, is taken as it is.
    """
    folder = Path(folder)
    if folder.name == SCENARIO_FOLDER or folder.parent.name == SCENARIO_FOLDER:
        return rule_files(folder)
    return rule_files(folder / SCENARIO_FOLDER) if folder.is_dir() else []


@dataclass
class ScenarioBook:
    """Every scenario by id (best priority first), their tests, and the problems found."""

    scenarios: dict[str, Scenario] = field(default_factory=dict)
    tests: dict[str, tuple[ScenarioTest, ...]] = field(default_factory=dict)
    problems: list[RuleProblem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; UnknownScenario naming the nearest id otherwise."""
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            raise UnknownScenario(unknown("scenario", scenario_id, self.scenarios)) from None

    def all_tests(self) -> list[tuple[Scenario, ScenarioTest]]:
        """Every test case with its scenario, in file order."""
        return [(self.scenarios[scenario_id], test) for scenario_id, tests in self.tests.items()
                for test in tests if scenario_id in self.scenarios]


def load_scenarios(folders: Iterable[Path | str]) -> ScenarioBook:
    """Read the scenarios of these rule folders, in layer order."""
    book = ScenarioBook()
    found: dict[str, Scenario] = {}
    for folder in folders:
        seen: dict[str, Scenario] = {}
        for path in scenario_files(Path(folder)):
            book.files.append(path)
            loaded, problems = load_scenario_file(path)
            book.problems.extend(problems)
            scenario = loaded.scenario
            if scenario is None:
                continue
            if scenario.id in seen:
                first = seen[scenario.id]
                book.problems.append(RuleProblem(
                    scenario.file, scenario.line, None, scenario.id,
                    f'duplicate scenario id "{scenario.id}": already defined at '
                    f"{first.file}:{first.line}", "scenario"))
                continue
            seen[scenario.id] = found[scenario.id] = scenario
            book.tests[scenario.id] = loaded.tests
    position = {scenario_id: index for index, scenario_id in enumerate(found)}
    ordered = sorted(found.values(), key=lambda s: (-s.priority, position[s.id]))
    book.scenarios = {scenario.id: scenario for scenario in ordered}
    return book
