"""Allowed actions first, then advice: variants, the action condition, limits by name and the
do-not-contact tag, decided once in the book for every caller."""

from __future__ import annotations

import pytest

from coach.strategy import RuleBook
from coach.strategy.testing import run_tests
from tests.strategy.books import book_of, given

POLICY = """
[[action]]
id = "invite"
label = "Invite"
limits = ["invitations_per_week", "reinvite_wait_days"]
otherwise = "No invitation here."
why = "Why invite."
[[action.case]]
when = { fact = "invitation_pending", eq = true }
allowed = false
reason = "Already waiting."
[[action.case]]
when = { fact = "degree", in = [2, 3] }
allowed = true
reason = "You can invite."

[[action]]
id = "follow"
label = "Follow"
otherwise = "-"
why = "Why follow."
[[action.case]]
when = { fact = "i_follow", eq = true }
allowed = false
reason = "You already follow them."
[[action.case]]
allowed = true
reason = "Follow."

[[action]]
id = "inmail"
label = "InMail"
limits = ["inmail_credits_per_month"]
otherwise = "-"
why = "Why InMail."
[[action.case]]
allowed = true
reason = "A credit."

[limit.invitations_per_week]
value = 100
label = "invitations"
blocked = "$used sent."
why = "w"

[limit.reinvite_wait_days]
value = 21
premium_value = 30
label = "wait"
blocked = "Wait $wait more days."
why = "w"

[limit.inmail_credits_per_month]
value = 0
premium_value = 5
label = "credits"
blocked = "No credit."
why = "w"

[limit.invitation_notes_per_month]
value = 5
unlimited_with_premium = true
label = "notes"
blocked = "No note."
why = "w"
"""

RULES = """
[[rule]]
id = "reach-out"
title = "Reach out"
priority = 50
advice = "Invite $first_name or send an InMail."
actions = ["invite", "inmail"]
why = "Because."
when = { fact = "degree", eq = 2 }
[[rule.otherwise]]
advice = "Invite $first_name."
actions = ["invite"]
[[rule.otherwise]]
title = "Follow instead"
advice = "Follow $first_name."
actions = ["follow"]
why = "Following needs nothing."

[[rule]]
id = "note"
title = "Note"
priority = 10
advice = "$invitations_left_this_week left; notes: $invitation_notes_left_this_month."
actions = []
why = "Informational."
when = { fact = "degree", eq = 2 }

[[rule]]
id = "can-invite"
title = "Can invite"
priority = 40
advice = "An invitation is possible."
actions = []
why = "w"
when = { action = "invite", allowed = true }

[[rule]]
id = "recent-withdrawal"
title = "Recent withdrawal"
priority = 45
advice = "Wait $reinvite_wait_days days."
actions = []
why = "w"
when = { fact = "days_since_withdrawal", lt = { limit = "reinvite_wait_days" } }

[[rule]]
id = "notes-gone"
title = "Notes gone"
priority = 5
advice = "No note left."
actions = []
why = "w"
when = { fact = "invitation_notes_this_month", gte = { limit = "invitation_notes_per_month" } }
"""


def test_the_first_variant_whose_actions_are_all_allowed_is_given(tmp_path):
    book = book_of(tmp_path, RULES, POLICY)
    premium = given(book, degree=2, first_name="Léa", premium=True)
    assert premium["reach-out"] == (0, "Invite Léa or send an InMail.")
    assert given(book, degree=2, first_name="Léa")["reach-out"] == (1, "Invite Léa.")
    waiting = given(book, degree=2, first_name="Léa", invitation_pending=True)
    assert waiting["reach-out"] == (2, "Follow Léa.")
    assert "reach-out" not in given(book, degree=2, first_name="Léa", invitation_pending=True,
                                    i_follow=True)


def test_an_alternative_keeps_the_rules_id_and_priority_with_its_own_line(tmp_path):
    book = book_of(tmp_path, RULES, POLICY)
    main, = [a for a in book.advise({"degree": 2, "premium": True}) if a.rule_id == "reach-out"]
    other, = [a for a in book.advise({"degree": 2, "invitation_pending": True})
              if a.rule_id == "reach-out"]
    assert (main.line, main.title, main.why, main.actions) == (2, "Reach out", "Because.",
                                                               ("invite", "inmail"))
    assert (other.line, other.title, other.why, other.actions, other.priority) == \
        (13, "Follow instead", "Following needs nothing.", ("follow",), 50)
    assert other.to_json()["variant"] == 2 and main.to_json()["variant"] == 0
    first, = [a for a in book.advise({"degree": 2}) if a.rule_id == "reach-out"]
    assert (first.line, first.title, first.why) == (10, "Reach out", "Because.")


def test_informational_rules_are_always_given_when_they_hold(tmp_path):
    book = book_of(tmp_path, RULES, POLICY)
    assert given(book, degree=2, invitations_this_week=97)["note"] == \
        (0, "3 left; notes: 5.")
    assert given(book, degree=2, premium=True)["note"] == \
        (0, "100 left; notes: ?.")


def test_a_condition_on_the_policys_decision(tmp_path):
    book = book_of(tmp_path, RULES, POLICY)
    assert "can-invite" in given(book, degree=2)
    for blocked in ({"degree": 1}, {"degree": 2, "invitation_pending": True},
                    {"degree": 2, "invitations_this_week": 100},
                    {"degree": 2, "days_since_withdrawal": 3},
                    {"degree": 2, "tags": ["Do-Not-Contact"]}):
        assert "can-invite" not in given(book, **blocked), blocked
    rule = book.book.rule("can-invite")
    facts = book.book.decide({"degree": 2, "invitations_this_week": 100})
    assert rule.when.describe() == "invite is allowed"
    assert rule.when.explain(facts) == \
        "invite is allowed did not hold (invite is blocked: 100 sent.)"
    assert not rule.when.holds({"degree": 2})  # plain facts: the decision is unknown


def test_a_comparison_with_a_limit_uses_the_figure_of_my_account(tmp_path):
    book = book_of(tmp_path, RULES, POLICY)
    assert given(book, degree=2, days_since_withdrawal=20)["recent-withdrawal"] == \
        (0, "Wait 21 days.")
    assert "recent-withdrawal" not in given(book, degree=2, days_since_withdrawal=21)
    assert "recent-withdrawal" in given(book, degree=2, days_since_withdrawal=25, premium=True)
    assert "recent-withdrawal" not in given(book, degree=2)  # never withdrawn: missing
    assert "notes-gone" in given(book, degree=2, invitation_notes_this_month=5)
    assert "notes-gone" not in given(book, degree=2, invitation_notes_this_month=50, premium=True)
    rule = book.book.rule("recent-withdrawal")
    assert rule.when.explain(book.book.decide({"days_since_withdrawal": 30})) == (
        "days_since_withdrawal lt limit reinvite_wait_days did not hold "
        "(days_since_withdrawal is 30, reinvite_wait_days is 21)")


def test_the_test_runner_checks_variants_and_says_why_a_rule_gave_nothing(tmp_path):
    rules = RULES + """
    [[test]]
    name = "free account: the invitation alone"
    facts = { degree = 2 }
    expect_variant = { reach-out = 1 }
    expect = ["can-invite"]

    [[test]]
    name = "nothing fits, on purpose"
    facts = { degree = 2, invitation_pending = true, i_follow = true }
    expect = ["reach-out"]
    expect_top = "can-invite"

    [[test]]
    name = "another variant, on purpose"
    facts = { degree = 2, invitation_pending = true }
    expect_variant = { reach-out = 1 }
    """
    book = book_of(tmp_path, rules, POLICY)
    passed, nothing, other = run_tests(book.book)
    assert passed.passed
    assert nothing.failures == (
        'rule "reach-out" held but gave nothing: its own advice proposes invite (Already '
        'waiting.), inmail (No credit.); [[rule.otherwise]] 1 proposes invite (Already '
        'waiting.); [[rule.otherwise]] 2 proposes follow (You already follow them.)',
        'top advice is "note" (priority 10), not "can-invite" (invite is allowed did not hold '
        '(invite is blocked: Already waiting.))')
    assert other.failures == (
        'rule "reach-out" gave its [[rule.otherwise]] number 2 (variant 2), not its '
        '[[rule.otherwise]] number 1 (variant 1) (its own advice proposes invite (Already '
        'waiting.), inmail (No credit.); [[rule.otherwise]] 1 proposes invite (Already '
        'waiting.))',)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_ask_introduction_reason_names_the_do_not_contact_list(language):
    from coach.resources import rules_dir

    book = RuleBook([rules_dir() / "fr" if language == "fr" else rules_dir()])
    second = {s.action: s for s in book.actions({"degree": 2, "introducers_blocked": True})}
    third = {s.action: s for s in book.actions({"degree": 3, "introducers_blocked": True})}
    assert not second["ask_introduction"].allowed and not third["ask_introduction"].allowed
    words = "do-not-contact" if language == "en" else "ne pas contacter"
    assert words in second["ask_introduction"].reason and words in third["ask_introduction"].reason
