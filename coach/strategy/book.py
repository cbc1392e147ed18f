"""A book of rules: the files of several folders merged into ranked rules and one policy.

Folders are layers: the shipped rules first, then the workspace's. Inside a layer an id
may be defined once; a later layer's rule (or action, or limit) replaces the earlier one
with the same id, in its place. ``enabled = false`` takes a rule away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coach.strategy.actions import ActionCase, ActionPolicy, ActionStatus
from coach.strategy.cadence import Cadence
from coach.strategy.decisions import ContactFacts
from coach.strategy.facts import FACTS, complete_facts
from coach.strategy.limits import Limit
from coach.strategy.loader import FileRules
from coach.strategy.problems import RuleProblem, did_you_mean
from coach.strategy.rule import Advice, Rule, RuleTest


@dataclass(frozen=True)
class Book:
    """Rules ranked by priority then file order, the actions policy, limits and tests."""

    rules: tuple[Rule, ...] = ()
    actions: Mapping[str, ActionPolicy] = field(default_factory=dict)
    limits: Mapping[str, Limit] = field(default_factory=dict)
    tests: tuple[RuleTest, ...] = ()
    cadence: Cadence = field(default_factory=Cadence)

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, if the book has it."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def lookup(self, facts: Mapping) -> Callable[[str], object]:
        """What a template placeholder prints: a fact, or a limit's figure for my account."""
        limits = self.limits

        def value(name: str):
            if name in FACTS:
                return facts.get(name)
            limit = limits.get(name)
            return limit.effective(facts) if limit is not None else None

        return value

    def decide(self, facts: Mapping) -> ContactFacts:
        """One contact's facts completed, with what the limits leave and every action decided:
        the first case that holds, then the limits, then the do-not-contact tag."""
        decided = ContactFacts(complete_facts(dict(facts)), self.limits, self.cadence)
        lookup = self.lookup(decided)
        decided.statuses = {action: policy.status(decided, lookup, self.limits).kept_from(decided)
                            for action, policy in self.actions.items()}
        return decided

    def advise(self, facts: Mapping) -> list[Advice]:
        """The advice of every rule that holds for these facts, best first, its text filled in.

        The actions are decided first: a rule gives its own advice only when every action it
        proposes is allowed, else its first ``[[rule.otherwise]]`` whose actions all are,
        else nothing.
        """
        return self.advise_decided(self.decide(facts))

    def judge(self, facts: Mapping) -> tuple[list[Advice], list[ActionStatus]]:
        """The advice and every action's status, the actions decided once for both."""
        decided = self.decide(facts)
        return self.advise_decided(decided), list(decided.statuses.values())

    def advise_decided(self, decided: ContactFacts) -> list[Advice]:
        """The advice for facts whose actions are already decided (see :meth:`advise`)."""
        lookup = self.lookup(decided)
        advice = []
        for rule in self.rules:
            if rule.when.holds(decided):
                variant = choose_variant(rule, decided)
                if variant is not None:
                    advice.append(rule.give(lookup, variant))
        return advice

    def action_statuses(self, facts: Mapping) -> list[ActionStatus]:
        """Every action of the policy: allowed, blocked, or blocked by a limit, with why."""
        return list(self.decide(facts).statuses.values())

    def deciding_case(self, action: str, facts: Mapping) -> ActionCase | None:
        """The case that decides an action for these facts (None: the ``otherwise`` reason)."""
        decided = self.decide(facts)
        for case in self.actions[action].cases:
            if case.when.holds(decided):
                return case
        return None


def choose_variant(rule: Rule, decided: ContactFacts) -> int | None:
    """The first variant of a rule whose actions are all allowed (0: its own advice), or None."""
    for number, actions in enumerate(rule.variants):
        if decided.all_allowed(actions):
            return number
    return None


def merge(layers: Sequence[Sequence[FileRules]]) -> tuple[Book, list[RuleProblem]]:
    """One book from layers of files; duplicates inside a layer are reported and dropped."""
    problems: list[RuleProblem] = []
    rules: dict[str, Rule] = {}
    actions: dict[str, ActionPolicy] = {}
    limits: dict[str, Limit] = {}
    tests: list[RuleTest] = []
    earlier_tests: dict[tuple[str, str], int] = {}
    cadence = Cadence()
    for layer in layers:
        seen: dict[tuple[str, str], tuple[str, int]] = {}
        layer_tests: dict[tuple[str, str], int] = {}
        for loaded in layer:
            for kind, entries, merged in (("rule", loaded.rules, rules),
                                          ("action", loaded.actions, actions),
                                          ("limit", loaded.limits, limits)):
                for entry in entries:
                    first = seen.get((kind, entry.id))
                    if first is not None:
                        problems.append(RuleProblem(
                            entry.file, entry.line, None, entry.id,
                            f'duplicate {kind} id "{entry.id}": already defined at '
                            f"{first[0]}:{first[1]}", kind))
                        continue
                    seen[(kind, entry.id)] = (entry.file, entry.line)
                    merged[entry.id] = entry
            cadence = cadence.merged(loaded.cadence)
            for test in loaded.tests:
                # A copied file (`coach rules init`) brings its tests again: they replace
                # the shipped ones of the same file and name instead of running twice.
                key = (Path(test.file).name, test.name)
                if key in earlier_tests:
                    position = earlier_tests.pop(key)
                    tests[position] = test
                    layer_tests[key] = position
                else:
                    layer_tests.setdefault(key, len(tests))
                    tests.append(test)
        earlier_tests.update(layer_tests)
    ordered = [rule for rule in rules.values() if rule.enabled]
    position = {rule.id: index for index, rule in enumerate(ordered)}
    ordered.sort(key=lambda rule: (-rule.priority, position[rule.id]))
    problems.extend(_test_references(tests, rules))
    return Book(tuple(ordered), actions, limits, tuple(tests), cadence), problems


def _test_references(tests: list[RuleTest], rules: Mapping[str, Rule]) -> list[RuleProblem]:
    """Tests that expect a rule no file defines (a typo, or a rule with problems)."""
    problems = []
    for test in tests:
        wanted = [*test.expect, *test.expect_not, *([test.expect_top] if test.expect_top else []),
                  *test.expect_variant]
        for rule_id in dict.fromkeys(wanted):
            if rule_id not in rules or not rules[rule_id].enabled:
                problems.append(RuleProblem(
                    test.file, test.line, None, test.name,
                    f'expects rule "{rule_id}", which is not defined'
                    f"{did_you_mean(rule_id, rules)}", "test"))
            elif test.expect_variant.get(rule_id, 0) > len(rules[rule_id].alternatives):
                count = len(rules[rule_id].alternatives)
                problems.append(RuleProblem(
                    test.file, test.line, None, test.name,
                    f'expects variant {test.expect_variant[rule_id]} of rule "{rule_id}", which '
                    f"has {count} [[rule.otherwise]]", "test"))
    return problems
