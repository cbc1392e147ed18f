"""Strategy: facts about contacts, rules in TOML, ranked advice and the allowed-actions policy.

Nothing here knows about screens. The front ends use::

    book = RuleBook([shipped, workspace_rules])   # .reload() -> problems, .files(), .advise(facts)
    advisor = Advisor(book, FactTable(roster, store))  # .facts(id), .advice(id), .actions(id), …

Every answer is decided once, in the book: the actions first (the policy's cases, the
limits, then the do-not-contact tag), then the advice, which never proposes a blocked action
(a rule's ``[[rule.otherwise]]`` is given instead, or nothing). ``ranking`` makes the same
choice for a whole network at once.
"""

from importlib import import_module

_WHERE = {
    "ACTIONS": "actions", "ActionStatus": "actions", "Advisor": "advisor", "RuleBook": "engine",
    "FACTS": "facts", "Fact": "facts", "RuleProblem": "problems", "Move": "ranking",
    "MOVES": "rule", "Advice": "rule", "Alternative": "rule", "Rule": "rule",
}
"""Where each name lives: imported on first use, so that reading one module of the package
(``coach contacts`` needs only the do-not-contact tag) does not load the whole engine."""

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"coach.strategy.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'coach.strategy' has no attribute {name!r}")
