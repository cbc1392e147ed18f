"""Running the ``[[test]]`` cases kept beside the rules, and saying what did not hold."""

from __future__ import annotations

from dataclasses import dataclass

from coach.strategy.actions import DO_NOT_CONTACT_REASON
from coach.strategy.book import Book, choose_variant
from coach.strategy.decisions import ContactFacts
from coach.strategy.rule import Rule, RuleTest


@dataclass(frozen=True, slots=True)
class TestResult:
    """One case's outcome: passed, or the reasons it failed."""

    __test__ = False  # not a pytest class

    test: RuleTest
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """True when every expectation held."""
        return not self.failures

    def line(self) -> str:
        """``PASS file:line name`` or ``FAIL file:line name: why``."""
        head = f"{'PASS' if self.passed else 'FAIL'} {self.test.where} {self.test.name}"
        return head if self.passed else f"{head}: " + "; ".join(self.failures)


def run_tests(book: Book) -> list[TestResult]:
    """Every test case of the book, in file order."""
    return [run_test(book, test) for test in book.tests]


def run_test(book: Book, test: RuleTest) -> TestResult:
    """Check one case's expectations against the book."""
    facts = book.decide(test.facts)
    advice = book.advise(facts)
    matched = {item.rule_id: item for item in advice}
    failures = [_missed(book, rule_id, facts) for rule_id in test.expect if rule_id not in matched]
    failures += [f'rule "{rule_id}" matched but should not' + _given(matched[rule_id])
                 for rule_id in test.expect_not if rule_id in matched]
    if test.expect_top is not None:
        if not advice:
            failures.append(f'no rule matched; expected "{test.expect_top}" first'
                            + _because(book, test.expect_top, facts))
        elif advice[0].rule_id != test.expect_top:
            failures.append(f'top advice is "{advice[0].rule_id}" (priority {advice[0].priority}), '
                            f'not "{test.expect_top}"' + _because(book, test.expect_top, facts))
    for rule_id, wanted in test.expect_variant.items():
        if rule_id not in matched:
            if rule_id not in test.expect:
                failures.append(_missed(book, rule_id, facts))
        elif matched[rule_id].variant != wanted:
            failures.append(f'rule "{rule_id}" gave {_variant(matched[rule_id].variant)}, not '
                            f"{_variant(wanted)}" + _skipped(book, rule_id, facts))
    if test.expect_text is not None:
        wanted = test.expect_text.casefold()
        if not any(wanted in item.text.casefold() for item in advice):
            shown = f': the top advice says "{advice[0].text}"' if advice else ": no rule matched"
            failures.append(f'no advice says "{test.expect_text}"{shown}')
    if test.expect_allowed or test.expect_blocked:
        failures += _action_failures(book, test, facts)
    return TestResult(test, tuple(failures))


def _variant(number: int) -> str:
    return "its own advice (variant 0)" if number == 0 else \
        f"its [[rule.otherwise]] number {number} (variant {number})"


def _given(item) -> str:
    return "" if item.variant == 0 else f" (its [[rule.otherwise]] at line {item.line})"


def _missed(book: Book, rule_id: str, facts: ContactFacts) -> str:
    rule = book.rule(rule_id)
    if rule is None:
        return f'rule "{rule_id}" is not defined'
    if not rule.when.holds(facts):
        return f'rule "{rule_id}" did not match: {rule.when.explain(facts)}'
    return f'rule "{rule_id}" held but gave nothing: ' + _blocked_variants(rule, facts)


def _blocked_variants(rule: Rule, facts: ContactFacts) -> str:
    """Why each variant of a rule was passed over: the blocked actions it proposes."""
    parts = []
    for number, actions in enumerate(rule.variants):
        blocked = facts.blocked(actions)
        if blocked:
            where = "its own advice" if number == 0 else f"[[rule.otherwise]] {number}"
            parts.append(f"{where} proposes {', '.join(blocked)}")
    return "; ".join(parts)


def _skipped(book: Book, rule_id: str, facts: ContactFacts) -> str:
    rule = book.rule(rule_id)
    return f" ({_blocked_variants(rule, facts)})" if rule is not None and \
        _blocked_variants(rule, facts) else ""


def _because(book: Book, rule_id: str, facts: ContactFacts) -> str:
    rule = book.rule(rule_id)
    if rule is None:
        return f' (rule "{rule_id}" is not defined)'
    if not rule.when.holds(facts):
        return f" ({rule.when.explain(facts)})"
    if choose_variant(rule, facts) is None:
        return f" (it held but gave nothing: {_blocked_variants(rule, facts)})"
    return ""


def _action_failures(book: Book, test: RuleTest, facts: ContactFacts) -> list[str]:
    statuses = facts.statuses
    failures = []
    for wanted, action in [(True, a) for a in test.expect_allowed] + \
                          [(False, a) for a in test.expect_blocked]:
        status = statuses.get(action)
        if status is None:
            failures.append(f'action "{action}" is not defined')
            continue
        if status.allowed == wanted:
            continue
        case = book.deciding_case(action, facts)
        if status.limit is not None and not status.allowed:
            decided = f"limit {status.limit} is used up"
        elif not status.allowed and status.reason == DO_NOT_CONTACT_REASON:
            decided = "the do-not-contact tag blocks it"
        elif case is None:
            decided = "no case held (the otherwise reason applies)"
        else:
            decided = f"the case {case.when.describe()} held (line {case.line})"
        state = "allowed" if status.allowed else "blocked"
        failures.append(f'action "{action}" is {state}, expected '
                        f'{"allowed" if wanted else "blocked"}: {decided}: {status.reason}')
    return failures
