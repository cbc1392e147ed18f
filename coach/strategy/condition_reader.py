"""Reading conditions from TOML data: every mistake found at once, with a word to locate it.

The reader checks each fact against the registry, each operator against the fact's type,
each operand's type, named lists and named conditions (cycles included), and stops
descending after ``MAX_DEPTH`` levels, so a hostile file nested a thousand deep costs
nothing and gets one clear message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coach.strategy.conditions import (
    ALWAYS, APPLIES, COMBINATORS, LIST_OPERATORS, OPERATORS, AllOf, AnyOf, Compare, Condition,
    Named, NoneOf, shown_value,
)
from coach.strategy.actions import ACTIONS
from coach.strategy.facts import FACTS, LIST, NUMBER, TEXT, YES_NO, Fact, describe_type
from coach.strategy.limits import LIMIT_KINDS
from coach.strategy.policy_conditions import LIMIT_OPERATORS, ActionAllowed, CompareLimit
from coach.strategy.problems import unknown

MAX_DEPTH = 32
"""How deeply conditions may nest (all inside any inside not …)."""


@dataclass(frozen=True, slots=True)
class ConditionError:
    """One mistake, and a word of the source (a key or a value) to find its line."""

    message: str
    needle: str
    near: str = ""


@dataclass
class ConditionReader:
    """Compiles conditions of one file, with its named lists and named conditions.

    ``facts`` is the registry conditions may name: scenario files add their own facts.
    ``decisions`` lets conditions read the rule book (an action's decision, a limit's
    figure): rule files may, scenario files (read with plain facts) may not.
    """

    lists: dict[str, tuple] = field(default_factory=dict)
    named_sources: dict[str, object] = field(default_factory=dict)
    facts: Mapping[str, Fact] = field(default_factory=lambda: FACTS)
    decisions: bool = False
    _named: dict[str, Condition | None] = field(default_factory=dict)
    _resolving: list[str] = field(default_factory=list)
    _cyclic: set[str] = field(default_factory=set)
    named_errors: dict[str, list[ConditionError]] = field(default_factory=dict)

    def read(self, raw, errors: list[ConditionError], depth: int = 0) -> Condition | None:
        """The compiled condition, or None after adding its mistakes to ``errors``."""
        if depth > MAX_DEPTH:
            errors.append(ConditionError(
                f"conditions are nested more than {MAX_DEPTH} levels deep", "when"))
            return None
        if not isinstance(raw, dict):
            errors.append(ConditionError(
                f"a condition must be a table such as {{ fact = \"degree\", eq = 2 }}, "
                f"not {describe_type(raw)}", "when"))
            return None
        if not raw:
            errors.append(ConditionError(
                "empty condition: use fact with an operator, or all, any, not, condition", "when"))
            return None
        if "fact" in raw:
            return self._compare(raw, errors)
        if "action" in raw:
            return self._action(raw, errors)
        combinators = [key for key in raw if key in COMBINATORS]
        others = [key for key in raw if key not in COMBINATORS]
        for key in others:
            choices = (*COMBINATORS, "fact", "action") if key not in OPERATORS else ()
            message = (unknown("key", key, choices) + " in a condition" if choices else
                       f'operator "{key}" needs a fact: {{ fact = "degree", {key} = … }}')
            errors.append(ConditionError(message, key))
        if len(combinators) > 1:
            errors.append(ConditionError(
                "a condition has one of all, any, not or condition, found "
                + " and ".join(combinators), combinators[1]))
            return None
        if others or not combinators:
            return None
        key = combinators[0]
        value = raw[key]
        if key == "condition":
            return self._reference(value, errors)
        if key == "not":
            inner = self.read(value, errors, depth + 1)
            return None if inner is None else NoneOf(inner)
        if not isinstance(value, list) or not value:
            errors.append(ConditionError(f'"{key}" needs a non-empty list of conditions', key))
            return None
        parts = [self.read(item, errors, depth + 1) for item in value]
        if any(part is None for part in parts):
            return None
        return (AllOf if key == "all" else AnyOf)(tuple(parts))

    def named(self, name: str) -> Condition | None:
        """A named condition, compiled once; its mistakes go to ``named_errors[name]``."""
        if name in self._named:
            return self._named[name]
        if name in self._resolving:
            loop = self._resolving[self._resolving.index(name):]
            self._cyclic.update(loop)
            cycle = " → ".join([*loop, name])
            self.named_errors.setdefault(name, []).append(
                ConditionError(f'condition "{name}" refers to itself ({cycle})', ""))
            return None
        self._resolving.append(name)
        errors: list[ConditionError] = []
        compiled = self.read(self.named_sources[name], errors)
        self._resolving.pop()
        if errors:
            self.named_errors.setdefault(name, []).extend(errors)
            compiled = None
        self._named[name] = compiled
        return compiled

    # --- internals -----------------------------------------------------------------------

    def _reference(self, value, errors: list[ConditionError]) -> Condition | None:
        if not isinstance(value, str):
            errors.append(ConditionError(
                f'"condition" names a condition of [conditions], not {describe_type(value)}',
                "condition"))
            return None
        if value not in self.named_sources:
            errors.append(ConditionError(unknown("condition", value, self.named_sources), value))
            return None
        inner = self.named(value)
        if inner is None:
            if value not in self._cyclic:  # a cycle is reported once, where it starts
                errors.append(ConditionError(f'condition "{value}" has errors', value))
            return None
        return Named(value, inner)

    def _action(self, raw: dict, errors: list[ConditionError]) -> Condition | None:
        """``{ action = "invite", allowed = true }``: the policy's decision on an action."""
        before = len(errors)
        for key in raw:
            if key not in ("action", "allowed"):
                errors.append(ConditionError(unknown(
                    "key", key, ("action", "allowed"), where=" in an action condition"), key))
        name, allowed = raw["action"], raw.get("allowed")
        if not self.decisions:
            errors.append(ConditionError(
                '"action" conditions read the allowed-actions policy: they belong in rule '
                "files, not here", "action"))
        elif not isinstance(name, str):
            errors.append(ConditionError(
                f'"action" must be an action id, not {describe_type(name)}', "action"))
        elif name not in ACTIONS:
            errors.append(ConditionError(unknown("action", name, ACTIONS), name))
        if not isinstance(allowed, bool) and len(errors) == before:
            shown = name if isinstance(name, str) else "invite"
            errors.append(ConditionError(
                f'an action condition needs allowed = true or false, as in '
                f'{{ action = "{shown}", allowed = true }}',
                "allowed" if "allowed" in raw else "action"))
        return None if len(errors) > before else ActionAllowed(name, allowed)

    def _compare_limit(self, name: str, kind: str, operator: str, value: dict,
                       errors: list[ConditionError]) -> Condition | None:
        """``{ fact = …, lt = { limit = "reinvite_wait_days" } }``: a limit's figure."""
        limit = value.get("limit")
        if list(value) != ["limit"] or not isinstance(limit, str):
            errors.append(ConditionError(
                f'"{operator}" on {name} takes a number or a limit of limits.toml, written '
                f'{{ limit = "reinvite_wait_days" }}', operator, name))
            return None
        if not self.decisions:
            errors.append(ConditionError(
                "{ limit = … } reads the limits of the rule book: it belongs in rule files, "
                "not here", operator, name))
            return None
        if kind != NUMBER or operator not in LIMIT_OPERATORS:
            errors.append(ConditionError(
                f'"{operator}" on {name} cannot take a limit: a limit\'s figure is compared '
                f"with {', '.join(LIMIT_OPERATORS)} on a number fact", operator, name))
            return None
        if limit not in LIMIT_KINDS:
            errors.append(ConditionError(unknown("limit", limit, LIMIT_KINDS), limit, name))
            return None
        return CompareLimit(name, operator, limit)

    def _compare(self, raw: dict, errors: list[ConditionError]) -> Condition | None:
        name = raw["fact"]
        if not isinstance(name, str):
            errors.append(ConditionError(f'"fact" must be a fact name, not {describe_type(name)}',
                                         "fact"))
            return None
        keys = [key for key in raw if key != "fact"]
        bad = [key for key in keys if key not in OPERATORS]
        for key in bad:
            where = ("; a condition has one fact and one operator" if key in COMBINATORS else "")
            errors.append(ConditionError(unknown("operator", key, OPERATORS) + where, key,
                                         str(name)))
        if name not in self.facts:
            errors.append(ConditionError(unknown("fact", name, self.facts), name))
            return None
        if bad:
            return None
        if len(keys) != 1:
            found = " and ".join(f'"{key}"' for key in keys) if keys else "none"
            errors.append(ConditionError(
                f'a condition on "{name}" needs exactly one operator ({", ".join(OPERATORS)}), '
                f"found {found}", keys[1] if len(keys) > 1 else name, name))
            return None
        operator = keys[0]
        kind = self.facts[name].type
        if isinstance(raw[operator], dict) and "limit" in raw[operator]:
            return self._compare_limit(name, kind, operator, raw[operator], errors)
        if kind not in APPLIES[operator]:
            errors.append(ConditionError(_not_applicable(name, kind, operator), operator, name))
            return None
        operand = self._operand(name, kind, operator, raw[operator], errors)
        if operand is None:
            return None
        value, shown = operand
        return Compare(name, operator, value, shown)

    def _operand(self, name: str, kind: str, operator: str, value, errors):
        """The checked, case-folded operand and how to show it, or None after an error."""
        if operator == "missing":
            if not isinstance(value, bool):
                errors.append(ConditionError(
                    f'"missing" needs true or false, not {describe_type(value)}', operator, name))
                return None
            return value, shown_value(value)
        if operator in LIST_OPERATORS:
            shown = None
            if isinstance(value, str):
                if value not in self.lists:
                    errors.append(ConditionError(unknown("list", value, self.lists), value, name))
                    return None
                shown, value = value, list(self.lists[value])
            if not isinstance(value, list) or not value:
                errors.append(ConditionError(
                    f'"{operator}" needs a list of values or the name of a list from [lists], '
                    f"not {describe_type(value)}", operator, name))
                return None
            item_kind = TEXT if kind == LIST else kind
            for item in value:
                problem = _operand_problem(name, item_kind, operator, item)
                if problem:
                    errors.append(ConditionError(problem, operator, name))
                    return None
            folded = frozenset(_fold_text(item) for item in value)
            return folded, shown or shown_value(value)
        item_kind = TEXT if kind == LIST else kind
        problem = _operand_problem(name, item_kind, operator, value)
        if problem:
            errors.append(ConditionError(problem, operator, name))
            return None
        return _fold_text(value), shown_value(value)


def _operand_problem(name: str, kind: str, operator: str, value) -> str | None:
    ok = {
        NUMBER: isinstance(value, (int, float)) and not isinstance(value, bool),
        YES_NO: isinstance(value, bool),
        TEXT: isinstance(value, str),
    }[kind]
    if ok:
        return None
    wanted = {NUMBER: "a number", YES_NO: "true or false", TEXT: "text"}[kind]
    return f'"{operator}" on {name} needs {wanted}, not {describe_type(value)} {shown_value(value)}' \
        if isinstance(value, (str, int, float, bool)) else \
        f'"{operator}" on {name} needs {wanted}, not {describe_type(value)}'


def _not_applicable(name: str, kind: str, operator: str) -> str:
    usable = [op for op, kinds in APPLIES.items() if kind in kinds]
    return (f'"{operator}" does not apply to {name} ({kind}): use '
            + ", ".join(usable))


def _fold_text(value):
    return value.casefold() if isinstance(value, str) else value


__all__ = ["ALWAYS", "ConditionError", "ConditionReader", "MAX_DEPTH"]
