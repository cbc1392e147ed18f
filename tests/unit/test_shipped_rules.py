"""The shipped rules: no problems, every [[test]] case passes, French mirrors English."""

from __future__ import annotations

import pytest
import tomli

from coach.resources import rules_dir
from coach.strategy import ACTIONS, RuleBook
from coach.strategy.limits import LIMIT_KINDS
from coach.strategy.testing import run_test

ENGLISH = rules_dir()
FRENCH = rules_dir() / "fr"
FILES = ("first.toml", "second.toml", "third.toml", "out_of_network.toml", "followers.toml",
         "actions.toml", "limits.toml")
_BOOKS = {"en": RuleBook([ENGLISH]), "fr": RuleBook([FRENCH])}


def _cases():
    for language, book in _BOOKS.items():
        for test in book.book.tests:
            file = test.file.rsplit("/", 1)[-1]
            yield pytest.param(language, test, id=f"{language}:{file}:{test.line}:{test.name}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_shipped_rules_have_no_problems(language):
    book = _BOOKS[language]
    assert [str(problem) for problem in book.problems] == []
    assert {path.name for path in book.files()} >= set(FILES)
    assert len(book.book.rules) >= 35 and len(book.book.tests) >= 40


@pytest.mark.parametrize("language, test", list(_cases()))
def test_every_shipped_test_case_passes(language, test):
    result = run_test(_BOOKS[language].book, test)
    assert result.passed, result.line()


_TEXTS = {"title", "advice", "why", "label", "reason", "otherwise", "blocked", "message"}


def _compare(english, french, path, untranslated):
    if isinstance(english, dict):
        assert set(english) == set(french), path
        for key, value in english.items():
            if key == "facts" or key == "expect_text" or key == "name" and "test" in path:
                continue
            if key in _TEXTS and isinstance(value, str):
                if value == french[key]:
                    untranslated.append(f"{path}.{key}")
            else:
                _compare(value, french[key], f"{path}.{key}", untranslated)
    elif isinstance(english, list):
        assert len(english) == len(french), path
        for index, (one, other) in enumerate(zip(english, french, strict=True)):
            _compare(one, other, f"{path}[{index}]", untranslated)
    else:
        assert english == french, path


def test_french_rules_mirror_the_english_ones_with_every_text_translated():
    english_files = sorted(path.name for path in ENGLISH.glob("*.toml"))
    assert english_files == sorted(path.name for path in FRENCH.glob("*.toml"))
    untranslated: list[str] = []
    for name in english_files:
        english = tomli.loads((ENGLISH / name).read_text(encoding="utf-8"))
        french = tomli.loads((FRENCH / name).read_text(encoding="utf-8"))
        _compare(english, french, name, untranslated)
    assert untranslated == []
    english_tests = [test.name for test in _BOOKS["en"].book.tests]
    french_tests = [test.name for test in _BOOKS["fr"].book.tests]
    assert len(english_tests) == len(french_tests)
    assert not set(english_tests) & set(french_tests)


# Each strategy and LinkedIn behaviour of the design, and the rule(s) that carry it.
BEHAVIOURS = {
    "1st: keep the relation alive": ["first-keep-alive", "first-reconnect",
                                     "first-reconnect-close"],
    "1st: look for projects together": ["first-project-together"],
    "1st: message, activity, contact details, endorse, recommend": ["first-benefits",
                                                                    "first-endorse-recommend"],
    "2nd: personalised invitation naming the common link": ["second-invite-common-link",
                                                            "second-invite"],
    "2nd: ask a 1st-degree connection to introduce you": ["second-ask-introduction",
                                                          "second-introduction-target"],
    "2nd: a visit before the invitation": ["second-visit-first", "second-they-visited"],
    "2nd: no free message (invite, follow, InMail, introduction)": ["second-no-free-message"],
    "3rd: initial only means InMail or introduction": ["third-initial-only"],
    "3rd: full name visible means invite": ["third-can-invite", "third-invite-with-reason"],
    "3rd: don't rush, grow your 2nd degree": ["third-grow-second-first"],
    "3rd: shared interests, visible in groups": ["third-be-visible"],
    "out of network: no name, no invite, no message": ["out-of-network"],
    "exception: Open Profile": ["open-profile"],
    "exception: shared group message request": ["shared-group-message"],
    "exception: current coworkers": ["coworker-message"],
    "followers are not connections; cannot be messaged": ["follower-cannot-message"],
    "following is one-way": ["follow-back", "following-not-connected"],
    "unfollowing keeps the connection": ["first-unfollowed"],
    "Follow as the primary button": ["follow-primary", "out-creator"],
    "followers: publish good content, answer comments": ["follower-engage"],
    "followers: invite the most active": ["follower-invite-active"],
    "limit: invitations per week": ["invitations-near-weekly-limit"],
    "limit: personal notes per month": ["notes-used-up"],
    "limit: 30,000 connections": ["connection-cap-near"],
    "limit: re-invite after a withdrawal": ["reinvite-wait", "invitation-pending-long"],
    "do-not-contact list": ["do-not-contact"],
    "moment: reply to an unanswered message first": ["reply-question", "reply-unanswered",
                                                     "reply-late", "reply-late-question"],
    "moment: welcome a new connection": ["welcome-new-connection"],
    "moment: thank for an introduction": ["thank-introduction"],
    "moment: answer a received invitation": ["invitation-received"],
    "moment: withdraw an invitation waiting three weeks": ["invitation-withdraw"],
    "moment: congratulate on a new job": ["job-change-congratulate", "job-change-react"],
    "notes: a reminder due, a note asking for an introduction": ["note-due",
                                                                 "note-introduction"],
    "colleagues are not strangers": ["first-colleague", "coworker-message"],
    "2nd: warm paths first": ["second-follows-me", "second-close-introducer",
                              "second-shared-group-invite", "second-many-mutual"],
    "2nd: engage with their posts before inviting when you follow them": [
        "second-engage-first"],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_strategy_and_behaviour_is_a_rule_with_its_why(language):
    book = _BOOKS[language].book
    for behaviour, rule_ids in BEHAVIOURS.items():
        for rule_id in rule_ids:
            rule = book.rule(rule_id)
            assert rule is not None, f"{behaviour}: no rule {rule_id}"
            assert len(rule.why) > 30, rule_id


def test_the_policy_covers_every_action_and_the_limits_have_their_figures():
    book = _BOOKS["en"].book
    assert set(book.actions) == set(ACTIONS)
    assert set(book.limits) == set(LIMIT_KINDS)
    figures = {limit.id: (limit.value, limit.premium_value, limit.unlimited_with_premium)
               for limit in book.limits.values()}
    assert figures == {
        "invitations_per_week": (100, None, False),
        "invitation_notes_per_month": (5, None, True),
        "note_length": (200, 300, False),
        "message_length": (8000, None, False),
        "inmail_credits_per_month": (0, 5, False),
        "max_connections": (30000, None, False),
        "reinvite_wait_days": (21, None, False),
        "invitations_per_day": (20, None, False),
        "messages_per_day": (25, None, False),
    }
    assert all(policy.why and limit for policy in book.actions.values()
               for limit in [policy.label])


def test_the_readme_documents_every_fact_and_operator():
    from coach.strategy.conditions import OPERATORS
    from coach.strategy.facts import FACTS
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Rule files", 1)[1].split("\n## ", 1)[0]
    section += (ROOT / "rules" / "README.md").read_text(encoding="utf-8")  # the newer facts
    for name in FACTS:
        assert f"| `{name}` |" in section, name
    for operator in OPERATORS:
        assert f"`{operator}`" in section, operator
