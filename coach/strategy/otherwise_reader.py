"""Reading a rule's ``[[rule.otherwise]]`` alternatives: what it says when an action is blocked.

Each alternative has an ``advice`` and its ``actions`` (both required; ``actions = []`` for
advice that proposes nothing), and may have its own ``title`` and ``why``. They are tried
in file order after the rule's own advice, so an alternative that proposes every action
of an earlier one could never be given: that is reported, as a file problem.
"""

from __future__ import annotations

from coach.strategy.actions import ACTIONS
from coach.strategy.facts import describe_type
from coach.strategy.file_context import Entry, FileContext
from coach.strategy.problems import unknown
from coach.strategy.rule import Alternative

OTHERWISE_FIELDS = ("advice", "actions", "title", "why", "message")


def read_alternatives(ctx: FileContext, entry: Entry, raw: dict, rule_fields: tuple[str, ...],
                      actions: tuple[str, ...] | None) -> tuple[Alternative, ...] | None:
    """The rule's alternatives, or None after reporting every problem they have."""
    value = raw.get("otherwise")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        ctx.add(entry, '"otherwise" must be [[rule.otherwise]] tables, each with an advice and '
                       f"its actions, not {describe_type(value)}", ctx.key_line(entry, "otherwise"))
        return None
    headers = ctx.source.sub_headers("rule.otherwise", entry.span)
    alternatives: list[Alternative] = []
    ok = True
    for position, table in enumerate(value):
        where = Entry("rule", entry.id, _span(ctx, entry, headers, position, len(value)))
        alternative = _alternative(ctx, where, table, rule_fields)
        if alternative is None:
            ok = False
        else:
            alternatives.append(alternative)
    if not ok:
        return None
    if actions is not None:
        _never_given(ctx, entry, actions, alternatives)
    return tuple(alternatives)


def _span(ctx: FileContext, entry: Entry, headers: list[int], position: int,
          count: int) -> tuple[int, int]:
    """The lines of one alternative: from its header to the next header (or the rule's end)."""
    if len(headers) != count:  # written inline: otherwise = [{ … }]
        return ctx.key_line(entry, "otherwise"), entry.span[1]
    start = headers[position]
    later = [line for line in ctx.source.header_lines() if start < line <= entry.span[1]]
    return start, (later[0] - 1 if later else entry.span[1])


def _alternative(ctx: FileContext, where: Entry, table: dict,
                 rule_fields: tuple[str, ...]) -> Alternative | None:
    before = len(ctx.problems)
    for key in table:
        if key in OTHERWISE_FIELDS:
            continue
        if key in rule_fields:
            ctx.add(where, f'"{key}" is inside [[rule.otherwise]]: move it above the first '
                           f"[[rule.otherwise]] line (keys after a table header belong to that "
                           f"table)", ctx.key_line(where, key))
        else:
            ctx.add(where, unknown("field", key, OTHERWISE_FIELDS, where=" in [[rule.otherwise]]"),
                    ctx.key_line(where, key))
    advice = ctx.template(where, table, "advice")
    if "actions" not in table:
        ctx.add(where, '"actions" is required in [[rule.otherwise]]: the actions this advice '
                       "proposes ([] for none)")
    actions = ctx.names(where, table, "actions", ACTIONS, "action")
    title = ctx.text(where, table, "title", required=False)
    why = ctx.text(where, table, "why", required=False)
    message = ctx.template(where, table, "message") if "message" in table else None
    if len(ctx.problems) > before:
        return None
    return Alternative(advice, actions, where.span[0], title, why, message)


def _never_given(ctx: FileContext, entry: Entry, actions: tuple[str, ...],
                 alternatives: list[Alternative]) -> None:
    """Report each alternative that proposes every action of an earlier variant."""
    earlier: list[tuple[frozenset[str], int | None]] = [(frozenset(actions), None)]
    for alternative in alternatives:
        mine = frozenset(alternative.actions)
        for theirs, line in earlier:
            if theirs <= mine:
                first = ("the rule's own advice, which is given instead whenever this one "
                         "would fit" if line is None else
                         f"the alternative at line {line}, which is tried first")
                ctx.add(Entry("rule", entry.id, (alternative.line, alternative.line)),
                        "this [[rule.otherwise]] is never given: it proposes every action of "
                        + first)
                break
        earlier.append((mine, alternative.line))
