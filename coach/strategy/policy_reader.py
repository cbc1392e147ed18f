"""Reading ``[[action]]`` entries (the allowed-actions policy) and ``[limit.*]`` tables."""

from __future__ import annotations

from coach.strategy.actions import ACTIONS, ActionCase, ActionPolicy
from coach.strategy.conditions import ALWAYS
from coach.strategy.facts import describe_type
from coach.strategy.file_context import TEMPLATE_NAMES, Entry, FileContext
from coach.strategy.limits import LIMIT_KINDS, LIMIT_VARIABLES, PACE, SIZE, Limit
from coach.strategy.policy_conditions import reads_decisions
from coach.strategy.problems import unknown
from coach.strategy.rule_reader import entry_id

ACTION_FIELDS = ("id", "label", "case", "otherwise", "limits", "why")
CASE_FIELDS = ("when", "allowed", "reason")
LIMIT_FIELDS = ("value", "premium_value", "unlimited_with_premium", "label", "blocked", "why",
                "weekends")


def read_action(ctx: FileContext, raw: dict, span: tuple[int, int]) -> ActionPolicy | None:
    """One action's policy, or None after reporting every problem it has."""
    entry, ok = entry_id(ctx, "action", raw, span)
    before = len(ctx.problems)
    if ok and entry.id not in ACTIONS:
        ctx.add(entry, unknown("action", entry.id, ACTIONS), ctx.key_line(entry, "id"))
    ctx.unknown_fields(entry, raw, ACTION_FIELDS)
    label = ctx.text(entry, raw, "label")
    otherwise = ctx.template(entry, raw, "otherwise")
    limits = ctx.names(entry, raw, "limits", LIMIT_KINDS, "limit")
    why = ctx.text(entry, raw, "why")
    cases = _cases(ctx, entry, raw.get("case", []))
    if len(ctx.problems) > before or not ok or cases is None:
        return None
    return ActionPolicy(entry.id, label, cases, otherwise, limits, why, ctx.file, span[0])


def _cases(ctx: FileContext, entry: Entry, raw) -> tuple[ActionCase, ...] | None:
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        ctx.add(entry, f'"case" must be a list of [[action.case]] tables, not {describe_type(raw)}',
                ctx.key_line(entry, "case"))
        return None
    lines = ctx.source.sub_headers("action.case", entry.span)
    cases = []
    ok = True
    for position, case in enumerate(raw):
        start = lines[position] if position < len(lines) else entry.span[0]
        end = lines[position + 1] - 1 if position + 1 < len(lines) else entry.span[1]
        where = Entry("action", entry.id, (start, end))
        before = len(ctx.problems)
        ctx.unknown_fields(where, case, CASE_FIELDS)
        errors = []
        if "when" not in case:
            condition = ALWAYS  # a case without a condition always holds: put it last
        else:
            condition = ctx.conditions.read(case["when"], errors)
            ctx.condition_errors(where, errors)
            if reads_decisions(condition):
                ctx.add(where, "an action's case cannot read what the policy decides for an "
                               "action: test facts instead", ctx.key_line(where, "when"))
        allowed = case.get("allowed")
        if not isinstance(allowed, bool):
            ctx.add(where, f'"allowed" must be true or false, not {describe_type(allowed)}'
                    if allowed is not None else '"allowed" is required (true or false)',
                    ctx.key_line(where, "allowed"))
        reason = ctx.template(where, case, "reason")
        if len(ctx.problems) > before or condition is None:
            ok = False
            continue
        cases.append(ActionCase(condition, allowed, reason, start))
    return tuple(cases) if ok else None


def read_limits(ctx: FileContext, raw, span: tuple[int, int] | None) -> list[Limit]:
    """The ``[limit.<id>]`` tables, each checked against the known kinds of limit."""
    if not isinstance(raw, dict):
        ctx.add(None, f'"limit" must hold tables such as [limit.invitations_per_week], '
                      f"not {describe_type(raw)}", span[0] if span else 1)
        return []
    limits = []
    for limit_id, table in raw.items():
        header = ctx.source.header_line(f"limit.{limit_id}", span or (1, len(ctx.source.lines)))
        start = header or ctx.source.text_line(limit_id, span) or (span[0] if span else 1)
        end = _table_end(ctx, start, span)
        entry = Entry("limit", limit_id, (start, end))
        if limit_id not in LIMIT_KINDS:
            ctx.add(entry, unknown("limit", limit_id, LIMIT_KINDS))
            continue
        if not isinstance(table, dict):
            ctx.add(entry,
                    f"a limit is a table with value, label, why…, not {describe_type(table)}")
            continue
        limit = _limit(ctx, entry, table)
        if limit is not None:
            limits.append(limit)
    return limits


def _limit(ctx: FileContext, entry: Entry, table: dict) -> Limit | None:
    before = len(ctx.problems)
    ctx.unknown_fields(entry, table, LIMIT_FIELDS)
    numbers = {}
    for key in ("value", "premium_value"):
        value = table.get(key)
        if value is None:
            if key == "value":
                ctx.add(entry, '"value" is required (a whole number, 0 or more)')
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            ctx.add(entry, f"{key} must be a whole number, 0 or more, not {value!r}"
                    if isinstance(value, (int, float)) else
                    f"{key} must be a whole number, 0 or more, not {describe_type(value)}",
                    ctx.key_line(entry, key))
            continue
        numbers[key] = value
    unlimited = table.get("unlimited_with_premium", False)
    if not isinstance(unlimited, bool):
        ctx.add(entry, f'"unlimited_with_premium" must be true or false, not '
                       f"{describe_type(unlimited)}", ctx.key_line(entry, "unlimited_with_premium"))
    weekends = _weekends(ctx, entry, table)
    label = ctx.text(entry, table, "label")
    why = ctx.text(entry, table, "why")
    blocked = None
    if LIMIT_KINDS[entry.id].kind not in (SIZE, PACE):
        blocked = ctx.template(entry, table, "blocked", TEMPLATE_NAMES | set(LIMIT_VARIABLES))
    elif "blocked" in table:
        ctx.add(entry, f'{entry.id} never blocks an action: remove "blocked"',
                ctx.key_line(entry, "blocked"))
    if len(ctx.problems) > before:
        return None
    return Limit(entry.id, numbers["value"], label, why, ctx.file, entry.span[0], blocked,
                 numbers.get("premium_value"), unlimited, weekends)


def _weekends(ctx: FileContext, entry: Entry, table: dict) -> bool:
    """A daily pace's ``weekends`` (true: it applies on Saturday and Sunday too)."""
    if "weekends" not in table:
        return False
    value = table["weekends"]
    if LIMIT_KINDS[entry.id].kind != PACE:
        ctx.add(entry, 'only a daily pace (invitations_per_day, messages_per_day) takes '
                       '"weekends"', ctx.key_line(entry, "weekends"))
    elif not isinstance(value, bool):
        ctx.add(entry, f'"weekends" must be true or false, not {describe_type(value)}',
                ctx.key_line(entry, "weekends"))
    return value is True


def _table_end(ctx: FileContext, start: int, span: tuple[int, int] | None) -> int:
    """The last line of the table that starts at ``start`` (before the next header)."""
    for line in ctx.source.header_lines():
        if line > start:
            return line - 1
    return span[1] if span else len(ctx.source.lines)
