"""``coach rules init|check|test [DIR]``: copy the shipped rules, check them, run their tests.

Exit codes: ``check`` 2 when there is any problem; ``test`` 1 when a case fails and 2 when a
file has problems; ``init`` 2 when the destination cannot be written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from coach.cli.errors import BAD_INPUT, NOT_FOUND, CommandError
from coach.cli.output import print_json
from coach.config import load_config, rule_folders
from coach.resources import rules_dir
from coach.scenarios import ScenarioBook, load_scenarios
from coach.scenarios.book import SCENARIO_FOLDER, scenario_files
from coach.scenarios.testing import run_scenario_tests
from coach.strategy import RuleBook, RuleProblem
from coach.strategy.engine import rule_files
from coach.strategy.testing import run_tests
from coach.wording import Wording
from coach.workspace import default_home


def rules_command(args) -> int:
    """Run ``coach rules init``, ``check`` or ``test``."""
    return {"init": init, "check": check, "test": test}[args.action](args)


def _home(args) -> Path:
    return Path(args.home).expanduser() if args.home else default_home()


def _book(args) -> tuple[RuleBook, list]:
    """The rules to work on (DIR, or the workspace's folders) and config.toml's problems."""
    if args.dir:
        folder = Path(args.dir)
        if SCENARIO_FOLDER in (folder.name, folder.parent.name):
            return RuleBook([]), []  # scenario files only: see _scenarios
        return RuleBook([folder]), []
    home = _home(args)
    config, problems = load_config(home)
    override = Path(args.rules) if getattr(args, "rules", None) else None
    return RuleBook(rule_folders(home, config, override)), problems


def _scenarios(args, book: RuleBook) -> ScenarioBook:
    """The scenarios of DIR (a rule folder or a scenarios folder) or of the rule folders."""
    return load_scenarios([Path(args.dir)] if args.dir else book.folders)


def check(args) -> int:
    """Print every problem of every rule file, one per line; exit 2 when there is any."""
    book, problems = _book(args)
    scenarios = _scenarios(args, book)
    problems = [*problems, *book.problems, *scenarios.problems]
    files = [*book.files(), *scenarios.files]
    if not files and not problems:
        where = args.dir or ", ".join(str(folder) for folder in book.folders)
        problems.append(RuleProblem(where, 0, None, None, "no rule files (*.toml) here"))
    if args.json:
        print_json({"files": [str(path) for path in files],
                    "problems": [_as_json(problem) for problem in problems]})
    else:
        for problem in problems:
            print(problem)
        print(_counted(args, book, scenarios, files, problems))
    return BAD_INPUT if problems else 0


def _counted(args, book: RuleBook, scenarios: ScenarioBook, files: list, problems: list) -> str:
    """``13 files, 59 rules, … 154 tests: no problems``, in the workspace's language."""
    current, w = book.book, _words(args)
    if not w.french:
        counts = (f"{len(files)} files, {len(current.rules)} rules, {len(current.actions)} "
                  f"actions, {len(current.limits)} limits, "
                  + (f"{len(scenarios.scenarios)} scenarios, " if scenarios.files else "")
                  + f"{len(current.tests) + len(scenarios.all_tests())} tests")
        return (f"{counts}: {len(problems)} problem{'s' * (len(problems) != 1)}" if problems
                else f"{counts}: no problems")
    parts = [w.count(len(files), "{n} file", "{n} files"),
             w.count(len(current.rules), "{n} rule", "{n} rules"),
             w.count(len(current.actions), "{n} action", "{n} actions"),
             w.count(len(current.limits), "{n} limit", "{n} limits")]
    if scenarios.files:
        parts.append(w.count(len(scenarios.scenarios), "{n} scenario", "{n} scenarios"))
    parts.append(w.count(len(current.tests) + len(scenarios.all_tests()), "{n} test",
                         "{n} tests"))
    found = (w.count(len(problems), "{n} problem", "{n} problems") if problems
             else w("no problems"))
    return w("{counts}: {problems}", counts=", ".join(parts), problems=found)


def _words(args) -> Wording:
    """The words of the workspace's language (config.toml's ``language``)."""
    return Wording(load_config(_home(args))[0].language)


def _result_line(result, words: Wording) -> str:
    """``PASS file:line name`` or ``FAIL file:line name: why``; in French the verdict is
    French, the case's name and its reasons as the rule files and the checker wrote them."""
    if not words.french:
        return result.line()
    head = words("PASS {where} {name}" if result.passed else "FAIL {where} {name}",
                 where=result.test.where, name=result.test.name)
    return head if result.passed else words("{head}: {why}", head=head,
                                            why="; ".join(result.failures))


def _as_json(problem) -> dict:
    if isinstance(problem, RuleProblem):
        return problem.to_json()
    return {"file": problem.file, "line": problem.line, "column": problem.column,
            "kind": "config", "id": None, "message": problem.message, "text": str(problem)}


def test(args) -> int:
    """Run every [[test]] case: PASS or FAIL per case, naming what did not hold."""
    book, problems = _book(args)
    scenarios = _scenarios(args, book)
    problems = [*problems, *book.problems, *scenarios.problems]
    for problem in problems:
        print(problem)
    results = [*run_tests(book.book), *run_scenario_tests(scenarios)]
    w = _words(args)
    for result in results:
        print(_result_line(result, w))
    failed = sum(not result.passed for result in results)
    print(w("{passed} passed, {failed} failed", passed=len(results) - failed, failed=failed))
    if problems:
        return BAD_INPUT
    return NOT_FOUND if failed else 0


def init(args) -> int:
    """Copy the shipped rule files (French ones for ``language = "fr"``) to edit them."""
    home = _home(args)
    config, _problems = load_config(home)
    source = rules_dir() / "fr" if config.language == "fr" else rules_dir()
    target = Path(args.dir).expanduser() if args.dir else home / "rules"
    try:
        target.mkdir(parents=True, exist_ok=True)
        copied, kept = [], []
        shipped = [(path, path.name) for path in rule_files(source)]
        shipped += [(path, f"{SCENARIO_FOLDER}/{path.name}") for path in scenario_files(source)]
        for path, name in shipped:
            destination = target / name
            if destination.exists() and not args.force:
                kept.append(name)
                continue
            destination.parent.mkdir(exist_ok=True)
            shutil.copyfile(path, destination)
            copied.append(name)
    except OSError as error:
        raise CommandError("cannot write the rules to {target}: {reason}", target=target,
                           reason=error.strerror) from None
    w = Wording(config.language)
    print(w("Copied {n} rule files to {target}", n=len(copied), target=target)
          + (w(": {names}", names=", ".join(copied)) if copied else ""))
    if kept:
        print(w("Kept {n} files you already have (use --force to overwrite): {names}",
                n=len(kept), names=", ".join(kept)))
    print(w("Edit them: a rule there replaces the shipped rule with the same id. "
            "Check with `coach rules check`, test with `coach rules test`."))
    return 0
