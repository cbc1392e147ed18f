"""Reading ``[[rule]]`` and ``[[test]]`` entries of a rule file."""

from __future__ import annotations

from coach.strategy.actions import ACTIONS
from coach.strategy.conditions import ALWAYS
from coach.strategy.facts import FACTS, NUMBER, check_value, complete_facts, describe_type
from coach.strategy.file_context import IDENTIFIER, Entry, FileContext
from coach.strategy.limits import LIMIT_KINDS
from coach.strategy.otherwise_reader import read_alternatives
from coach.strategy.problems import unknown
from coach.strategy.rule import MOVES, Rule, RuleTest
from coach.strategy.templates import compile_template

RULE_FIELDS = ("id", "title", "priority", "when", "advice", "actions", "why", "move", "rank_by",
               "enabled", "otherwise", "message")
TEST_FIELDS = ("name", "facts", "expect", "expect_not", "expect_top", "expect_text",
               "expect_allowed", "expect_blocked", "expect_variant")
_EXPECTATIONS = TEST_FIELDS[2:]


def entry_id(ctx: FileContext, kind: str, raw: dict, span: tuple[int, int], key: str = "id"):
    """The entry for a table, reporting a missing or malformed id."""
    value = raw.get(key)
    entry = Entry(kind, value if isinstance(value, str) and value else None, span)
    if value is None:
        ctx.add(entry, f'a {kind} needs an "{key}"')
        return entry, False
    if kind != "test" and (not isinstance(value, str) or not IDENTIFIER.match(value)):
        entry.id = None
        ctx.add(entry, f'{key} must be letters, digits, "-" or "_" (80 at most), not '
                       f"{describe_type(value) if not isinstance(value, str) else repr(value)}",
                ctx.key_line(entry, key))
        return entry, False
    if not isinstance(value, str) or not value.strip():
        ctx.add(entry, f'"{key}" must be some text')
        return entry, False
    return entry, True


def read_rule(ctx: FileContext, raw: dict, span: tuple[int, int]) -> Rule | None:
    """One rule, or None after reporting every problem it has."""
    entry, ok = entry_id(ctx, "rule", raw, span)
    before = len(ctx.problems)
    suggested = ctx.unknown_fields(entry, raw, RULE_FIELDS)
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        ctx.add(entry, f'"enabled" must be true or false, not {describe_type(enabled)}',
                ctx.key_line(entry, "enabled"))
        return None
    if not enabled:
        return _disabled(ctx, entry) if ok and len(ctx.problems) == before else None
    misplaced = _misplaced_in_when(ctx, entry, raw) | suggested
    when = _when(ctx, entry, raw, misplaced)
    title = ctx.text(entry, raw, "title", "title" not in misplaced)
    priority = read_priority(ctx, entry, raw, "priority" not in misplaced)
    advice = (ctx.template(entry, raw, "advice")
              if "advice" in raw or "advice" not in misplaced else None)
    actions = ctx.names(entry, raw, "actions", ACTIONS, "action")
    alternatives = read_alternatives(ctx, entry, raw, RULE_FIELDS, actions)
    message = ctx.template(entry, raw, "message") if "message" in raw else None
    why = ctx.text(entry, raw, "why", "why" not in misplaced)
    move = raw.get("move")
    if move is not None and move not in MOVES:
        ctx.add(entry, unknown("move", str(move), MOVES), ctx.key_line(entry, "move"))
    rank_by = raw.get("rank_by")
    if rank_by is not None:
        if not isinstance(rank_by, str) or rank_by not in FACTS:
            ctx.add(entry, unknown("fact", str(rank_by), FACTS), ctx.key_line(entry, "rank_by"))
        elif FACTS[rank_by].type != NUMBER:
            ctx.add(entry, f'rank_by needs a number fact; {rank_by} is {FACTS[rank_by].type}',
                    ctx.key_line(entry, "rank_by"))
    if len(ctx.problems) > before or not ok:
        return None
    return Rule(entry.id, title, priority, when, advice, actions, why, ctx.file, span[0],
                move, rank_by, alternatives=alternatives, message=message)


def _disabled(ctx: FileContext, entry: Entry) -> Rule:
    """``enabled = false``: a rule that only takes a shipped rule of the same id away."""
    template = compile_template("", ())
    return Rule(entry.id, "", 0, ALWAYS, template, (), "", ctx.file, entry.span[0], enabled=False)


def _misplaced_in_when(ctx: FileContext, entry: Entry, raw: dict) -> set[str]:
    """Rule fields written after a ``[rule.when]`` header, so TOML put them inside ``when``."""
    when = raw.get("when")
    if not isinstance(when, dict):
        return set()
    misplaced = {key for key in when if key in RULE_FIELDS}
    header = ctx.source.header_line("rule.when", entry.span) or entry.span[0]
    for key in sorted(misplaced, key=lambda k: list(when).index(k)):
        line = ctx.source.key_line(key, entry.span, after=header) or header
        ctx.add(entry, f'"{key}" is inside [rule.when]: move it above the [rule.when] line '
                       f"(keys after a table header belong to that table)", line)
    return misplaced


def _when(ctx: FileContext, entry: Entry, raw: dict, misplaced: set[str]):
    if "when" not in raw:
        return ALWAYS
    when = raw["when"]
    if isinstance(when, dict) and misplaced:
        when = {key: value for key, value in when.items() if key not in misplaced}
        if not when:
            return None
    errors = []
    condition = ctx.conditions.read(when, errors)
    ctx.condition_errors(entry, errors)
    return condition


def read_priority(ctx: FileContext, entry: Entry, raw: dict, required: bool) -> int | None:
    """``priority``: a whole number from 0 to 100 (None after reporting why not)."""
    return read_whole_number(ctx, entry, raw, "priority", 0, 100,
                             '"priority" is required (a whole number from 0 to 100)'
                             if required else None)


def read_whole_number(ctx: FileContext, entry: Entry, raw: dict, key: str, low: int, high: int,
                      missing: str | None) -> int | None:
    """``raw[key]``: a whole number from ``low`` to ``high``. None after reporting why not;
    when it is absent, ``missing`` is the problem reported (None: absent is fine)."""
    value = raw.get(key)
    if value is None:
        if missing:
            ctx.add(entry, missing)
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        shown = value if isinstance(value, (int, float)) else describe_type(value)
        ctx.add(entry, f"{key} must be a whole number from {low} to {high}, not {shown}",
                ctx.key_line(entry, key))
        return None
    return value


def read_test(ctx: FileContext, raw: dict, span: tuple[int, int]) -> RuleTest | None:
    """One test case, or None after reporting every problem it has."""
    entry, ok = entry_id(ctx, "test", raw, span, key="name")
    before = len(ctx.problems)
    ctx.unknown_fields(entry, raw, TEST_FIELDS)
    facts = read_test_facts(ctx, entry, raw.get("facts"))
    lists = {key: ctx.names(entry, raw, key, ACTIONS, "action")
             for key in ("expect_allowed", "expect_blocked")}
    rules = {}
    for key in ("expect", "expect_not"):
        value = raw.get(key, [])
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            ctx.add(entry, f'"{key}" must be a list of rule ids', ctx.key_line(entry, key))
        rules[key] = tuple(value) if isinstance(value, list) else ()
    top = ctx.text(entry, raw, "expect_top", required=False)
    text = ctx.text(entry, raw, "expect_text", required=False)
    variants = _expected_variants(ctx, entry, raw.get("expect_variant", {}))
    if not any(key in raw for key in _EXPECTATIONS):
        ctx.add(entry, "a test needs at least one of: " + ", ".join(_EXPECTATIONS))
    if len(ctx.problems) > before or not ok or facts is None:
        return None
    return RuleTest(entry.id, facts, ctx.file, span[0], rules["expect"], rules["expect_not"],
                    top, text, lists["expect_allowed"] or (), lists["expect_blocked"] or (),
                    variants)


def _expected_variants(ctx: FileContext, entry: Entry, raw) -> dict[str, int]:
    """``expect_variant = { rule-id = 1 }``: which variant each rule must give (0: its own)."""
    if not isinstance(raw, dict):
        ctx.add(entry, f'"expect_variant" must be a table such as {{ second-invite = 1 }}, not '
                       f"{describe_type(raw)}", ctx.key_line(entry, "expect_variant"))
        return {}
    for rule_id, number in raw.items():
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            shown = number if isinstance(number, (int, float)) else describe_type(number)
            ctx.add(entry, f'expect_variant of "{rule_id}" must be a whole number, 0 for the '
                           f"rule's own advice, 1 for its first [[rule.otherwise]]…, not {shown}",
                    ctx.key_line(entry, "expect_variant"))
    return dict(raw)


def read_test_facts(ctx: FileContext, entry: Entry, raw, registry=FACTS) -> dict | None:
    """A test case's ``facts`` checked against ``registry``, completed with the defaults."""
    if raw is None:
        ctx.add(entry, '"facts" is required: a table such as { degree = 2 }')
        return None
    if not isinstance(raw, dict):
        ctx.add(entry, f'"facts" must be a table, not {describe_type(raw)}',
                ctx.key_line(entry, "facts"))
        return None
    facts = {}
    ok = True
    for name, value in raw.items():
        line = ctx.source.text_line(name, entry.span)
        if name not in registry:
            ctx.add(entry, unknown("fact", name, registry), line)
            ok = False
            continue
        limit = getattr(registry[name], "from_limit", None)
        if limit is not None:
            ctx.add(entry, f"{name} is worked out from the {limit} limit and what you used: give "
                           f"{LIMIT_KINDS[limit].fact} instead", line)
            ok = False
            continue
        if getattr(registry[name], "from_cadence", False):
            ctx.add(entry, f"{name} is worked out from [keep_in_touch] and their tags, degree "
                           "and last interaction: give those instead", line)
            ok = False
            continue
        problem = check_value(name, value, registry)
        if problem:
            ctx.add(entry, problem, line)
            ok = False
            continue
        facts[name] = tuple(value) if isinstance(value, list) else value
    return complete_facts(facts) if ok else None
