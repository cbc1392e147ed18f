"""The new rule-file syntax is checked like the rest: one line per problem, with file:line."""

from __future__ import annotations

from coach.strategy import RuleBook
from tests.unit.test_rule_loader import problems_of, write

RULE = """
[[rule]]
id = "r"
title = "T"
priority = 50
advice = "A."
why = "W."
"""


def test_an_unknown_action_in_actions_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "a.toml", RULE + 'actions = ["invte", "follow"]\n')
    assert problems_of(path) == [f'{path}:7: rule "r": unknown action "invte"; did you mean "invite"?']


def test_an_unknown_action_in_an_alternative_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "a.toml", RULE + """actions = ["invite"]
        [[rule.otherwise]]
        advice = "B."
        actions = ["folow"]
        """)
    assert problems_of(path) == [f'{path}:10: rule "r": unknown action "folow"; did you mean "follow"?']


def test_an_unknown_action_in_a_condition_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "a.toml", RULE + 'when = { action = "invte", allowed = true }\n')
    assert problems_of(path) == [f'{path}:7: rule "r": unknown action "invte"; did you mean "invite"?']
    named = write(tmp_path, "b.toml", '[conditions]\ncan = { action = "folow", allowed = false }\n'
                  + RULE + 'when = { condition = "can" }\n')
    assert problems_of(named) == [
        f'{named}:2: condition "can": unknown action "folow"; did you mean "follow"?',
        f'{named}:10: rule "r": condition "can" has errors']


def test_an_action_condition_needs_allowed_true_or_false(tmp_path):
    path = write(tmp_path, "a.toml", RULE + 'when = { action = "invite" }\n')
    assert problems_of(path) == [
        f'{path}:7: rule "r": an action condition needs allowed = true or false, as in '
        f'{{ action = "invite", allowed = true }}']
    typo = write(tmp_path, "b.toml", RULE + 'when = { action = "invite", allowd = true }\n')
    assert problems_of(typo) == [
        f'{typo}:7: rule "r": unknown key "allowd" in an action condition; did you mean "allowed"?']


def test_an_unknown_limit_name_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "a.toml", RULE + """[rule.when]
        all = [
          { fact = "degree", eq = 2 },
          { fact = "days_since_withdrawal", lt = { limit = "reinvite_wait" } },
        ]
        """)
    assert problems_of(path) == [
        f'{path}:10: rule "r": unknown limit "reinvite_wait"; did you mean "reinvite_wait_days"?']


def test_a_limit_compares_only_with_a_number_fact(tmp_path):
    path = write(tmp_path, "a.toml", RULE + 'when = { fact = "tags", contains = { limit = "note_length" } }\n')
    assert problems_of(path) == [
        f'{path}:7: rule "r": "contains" on tags cannot take a limit: a limit\'s figure is compared '
        f"with eq, ne, lt, lte, gt, gte on a number fact"]
    extra = write(tmp_path, "b.toml", RULE + 'when = { fact = "degree", lt = { limit = "note_length", x = 1 } }\n')
    assert problems_of(extra) == [
        f'{extra}:7: rule "r": "lt" on degree takes a number or a limit of limits.toml, written '
        f'{{ limit = "reinvite_wait_days" }}']


def test_an_action_case_cannot_read_another_actions_decision(tmp_path):
    path = write(tmp_path, "a.toml", """
        [[action]]
        id = "message"
        label = "Message"
        otherwise = "No."
        why = "Why."
        [[action.case]]
        when = { any = [{ fact = "degree", eq = 1 }, { action = "invite", allowed = true }] }
        allowed = true
        reason = "Yes."
        """)
    assert problems_of(path) == [
        f'{path}:7: action "message": an action\'s case cannot read what the policy decides for '
        f"an action: test facts instead"]


def test_alternatives_need_advice_and_actions_and_keep_rule_fields_above(tmp_path):
    path = write(tmp_path, "a.toml", RULE + """actions = ["invite"]
        [[rule.otherwise]]
        advice = "B."
        [[rule.otherwise]]
        actions = []
        priority = 3
        colour = "red"
        """)
    assert problems_of(path) == [
        f'{path}:8: rule "r": "actions" is required in [[rule.otherwise]]: the actions this '
        f"advice proposes ([] for none)",
        f'{path}:10: rule "r": "advice" is required',
        f'{path}:12: rule "r": "priority" is inside [[rule.otherwise]]: move it above the first '
        f"[[rule.otherwise]] line (keys after a table header belong to that table)",
        f'{path}:13: rule "r": unknown field "colour" in [[rule.otherwise]]; expected one of: '
        f"actions, advice, message, title, why"]


def test_an_alternative_that_could_never_be_given_is_a_problem(tmp_path):
    path = write(tmp_path, "a.toml", RULE + """actions = ["invite", "follow"]
        [[rule.otherwise]]
        advice = "All of it and more."
        actions = ["follow", "invite", "message"]
        [[rule.otherwise]]
        advice = "Follow."
        actions = ["follow"]
        [[rule.otherwise]]
        advice = "Follow and message."
        actions = ["follow", "message"]
        """)
    assert problems_of(path) == [
        f'{path}:8: rule "r": this [[rule.otherwise]] is never given: it proposes every action '
        f"of the rule's own advice, which is given instead whenever this one would fit",
        f'{path}:14: rule "r": this [[rule.otherwise]] is never given: it proposes every action '
        f"of the alternative at line 11, which is tried first"]
    informational = write(tmp_path, "b.toml", RULE + """actions = []
        [[rule.otherwise]]
        advice = "Never."
        actions = ["follow"]
        """)
    assert problems_of(informational) == [
        f'{informational}:8: rule "r": this [[rule.otherwise]] is never given: it proposes every '
        f"action of the rule's own advice, which is given instead whenever this one would fit"]


def test_scenario_style_readers_refuse_conditions_on_the_book(tmp_path):
    from coach.strategy.file_context import FileContext
    from coach.strategy.loader import read_lists_and_conditions, read_toml

    path = write(tmp_path, "s.toml", """
        [conditions]
        can = { action = "invite", allowed = true }
        soon = { fact = "days_since_withdrawal", lt = { limit = "reinvite_wait_days" } }
        """)
    data, source, _ = read_toml(path, str(path))
    ctx = FileContext(str(path), source)
    read_lists_and_conditions(ctx, data)
    assert [str(problem) for problem in ctx.problems] == [
        f'{path}:2: condition "can": "action" conditions read the allowed-actions policy: they '
        f"belong in rule files, not here",
        f'{path}:3: condition "soon": {{ limit = … }} reads the limits of the rule book: it '
        f"belongs in rule files, not here"]


def test_test_cases_check_variants_and_refuse_facts_worked_out_from_limits(tmp_path):
    path = write(tmp_path, "a.toml", RULE + """actions = ["invite"]
        [[rule.otherwise]]
        advice = "B."
        actions = []

        [[test]]
        name = "left"
        facts = { degree = 2, invitations_left_this_week = 3 }
        expect = ["r"]

        [[test]]
        name = "bad variant"
        facts = { degree = 2 }
        expect_variant = { r = "one" }

        [[test]]
        name = "no such variant"
        facts = { degree = 2 }
        expect_variant = { r = 2, other = 0 }
        """)
    assert problems_of(path) == [
        f'{path}:14: test "left": invitations_left_this_week is worked out from the '
        f"invitations_per_week limit and what you used: give invitations_this_week instead",
        f'{path}:20: test "bad variant": expect_variant of "r" must be a whole number, 0 for the '
        f"rule's own advice, 1 for its first [[rule.otherwise]]…, not text"]
    book = RuleBook([tmp_path])
    assert [str(problem) for problem in book.problems] == [
        *problems_of(path),
        f'{path}:22: test "no such variant": expects variant 2 of rule "r", which has 1 '
        f"[[rule.otherwise]]",
        f'{path}:22: test "no such variant": expects rule "other", which is not defined']
