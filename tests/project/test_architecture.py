"""The layers hold: front ends → service → domain → store, no import upward, no cycle,
Textual only in the app, and no front end deciding what the service decides.

Every import counts, at the top of a module or inside a function. Imports under
``if TYPE_CHECKING:`` only name types: they must respect the layers, but do not make cycles.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "coach"

LAYERS = {
    "front end": ("coach.cli", "coach.tui", "coach.__main__"),
    "service": ("coach.service",),
    "domain": ("coach.strategy", "coach.scenarios", "coach.coaching", "coach.graph",
               "coach.importers", "coach.exporting", "coach.contacts", "coach.listing",
               "coach.listing_json", "coach.listing_search", "coach.people_columns",
               "coach.directory", "coach.logbook", "coach.overview",
               "coach.ties", "coach.search_index", "coach.workspace", "coach.demo",
               "coach.config", "coach.heap"),
    "store": ("coach.store",),
    "vocabulary": ("coach.model", "coach.dates", "coach.naming", "coach.profile_url",
                   "coach.resources", "coach.import_formats", "coach.wording", "coach"),
}
RANK = {layer: rank for rank, layer in enumerate(reversed(LAYERS))}

DECIDED_BY_THE_SERVICE = {
    "coach.logbook": {"log_action", "policy_refusal"},
    "coach.graph.paths": {"introduction_paths"},
    "coach.overview": {"network_overview"},
    "coach.importers": {"import_path"},
    "coach.scenarios": {"enrol", "mark", "agenda", "store_updates"},
    "coach.strategy": {"Advisor"},
    "coach.strategy.advisor": {"Advisor"},
    "coach.directory": {"find_people"},
}
"""What only the service may call: logging with its policy check, paths, the overview,
imports, scenario acts, advice and finding people. A front end that imports one of these
is deciding on its own."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str | None:
    """The layer of a module: the longest prefix listed in LAYERS."""
    best, found = -1, None
    for layer, prefixes in LAYERS.items():
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), layer
    return found


def unit_of(module: str) -> str:
    """What cycles are checked between: a package below coach, or a top-level module."""
    return ".".join(module.split(".")[:2])


class Imports(ast.NodeVisitor):
    """Every ``coach`` import of a module: (line, module imported, names, type-only)."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.module, self.is_package = module, is_package
        self.found: list[tuple[int, str, tuple[str, ...], bool]] = []
        self.others: list[tuple[int, str]] = []
        self._type_only = 0

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        type_only = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
        self._type_only += type_only
        for child in node.body:
            self.visit(child)
        self._type_only -= type_only
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(node.lineno, alias.name, ())

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        target = node.module or ""
        if node.level:
            base = self.module.split(".")
            base = base if self.is_package else base[:-1]
            base = base[:len(base) - node.level + 1]
            target = ".".join([*base, target] if target else base)
        self._add(node.lineno, target, tuple(alias.name for alias in node.names))

    def _add(self, line: int, target: str, names: tuple[str, ...]) -> None:
        if target == "coach" or target.startswith("coach."):
            self.found.append((line, target, names, self._type_only > 0))
        else:
            self.others.append((line, target))


def scan() -> dict[str, tuple[Path, Imports]]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        visitor = Imports(module, path.name == "__init__.py")
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        modules[module] = (path, visitor)
    return modules


MODULES = scan()


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def test_every_module_has_a_layer():
    assert [module for module in MODULES if layer_of(module) is None] == []


def test_no_module_imports_a_higher_layer():
    upward = []
    for module, (path, imports) in MODULES.items():
        mine = RANK[layer_of(module)]
        for line, target, _names, _type_only in imports.found:
            theirs = layer_of(target)
            if theirs is not None and RANK[theirs] > mine:
                upward.append(f"{where(path, line)}: {layer_of(module)} {module} imports "
                              f"{theirs} {target}")
    assert upward == []


def test_no_cycle_between_packages():
    graph: dict[str, set[str]] = defaultdict(set)
    for module, (_path, imports) in MODULES.items():
        for _line, target, _names, type_only in imports.found:
            if not type_only and unit_of(target) != unit_of(module) and target != "coach":
                graph[unit_of(module)].add(unit_of(target))
    cycles = []
    state: dict[str, int] = {}

    def visit(unit: str, trail: list[str]) -> None:
        state[unit] = 1
        for after in sorted(graph[unit]):
            if state.get(after) == 1:
                cycles.append(" → ".join(trail[trail.index(after):] + [after]))
            elif after not in state:
                visit(after, [*trail, after])
        state[unit] = 2

    for unit in sorted(graph):
        if unit not in state:
            visit(unit, [unit])
    assert cycles == []


def test_textual_and_rich_only_in_the_app():
    offenders = [f"{where(path, line)}: {target}"
                 for module, (path, imports) in MODULES.items()
                 if not (module == "coach.tui" or module.startswith("coach.tui."))
                 for line, target in imports.others
                 if target.split(".")[0] in ("textual", "rich")]
    assert offenders == []


def test_front_ends_leave_the_decisions_to_the_service():
    deciding = []
    for module, (path, imports) in MODULES.items():
        if layer_of(module) != "front end":
            continue
        for line, target, names, _type_only in imports.found:
            taken = DECIDED_BY_THE_SERVICE.get(target, set()).intersection(names)
            if taken:
                deciding.append(f"{where(path, line)}: {module} imports {sorted(taken)} "
                                f"from {target}")
    assert deciding == []


def test_the_scanner_sees_every_layer_and_catches_an_upward_import():
    assert {layer_of(module) for module in MODULES} == set(LAYERS)
    assert len(MODULES) > 100
    rogue = Imports("coach.strategy.engine", False)
    rogue.visit(ast.parse("from coach.tui.app import CoachApp\nfrom ..service import X\n"))
    assert [(target, RANK[layer_of(target)] > RANK["domain"]) for _l, target, _n, _t
            in rogue.found] == [("coach.tui.app", True), ("coach.service", True)]
