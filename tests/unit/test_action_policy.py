"""What each degree allows, LinkedIn's exceptions, and limits (shipped actions.toml and limits.toml)."""

from __future__ import annotations

import pytest

from coach.resources import rules_dir
from coach.strategy import ActionStatus, RuleBook


@pytest.fixture(scope="module")
def book() -> RuleBook:
    loaded = RuleBook([rules_dir()])
    assert loaded.problems == []
    return loaded


def statuses(book: RuleBook, **facts) -> dict[str, ActionStatus]:
    return {status.action: status for status in book.actions(facts)}


def allowed(book: RuleBook, **facts) -> set[str]:
    return {action for action, status in statuses(book, **facts).items() if status.allowed}


def test_first_degree(book):
    result = statuses(book, degree=1, i_follow=True, follows_me=True)
    assert result["message"].allowed and result["message"].reason == \
        "You are connected: messages are free."
    assert {"message", "see_activity", "see_contact_info", "endorse", "recommend"} <= \
        allowed(book, degree=1, i_follow=True)
    assert result["invite"] == ActionStatus(
        "invite", "Invite to connect", False, "You are already connected.", None, None,
        result["invite"].why)


def test_second_degree_no_free_message_but_invite(book):
    result = statuses(book, degree=2, mutual_connections=4, introducer="Bob Nguyen")
    assert not result["message"].allowed
    assert result["message"].reason.startswith("Only 1st-degree connections can be messaged")
    assert result["invite"].allowed and result["invite"].reason == \
        "2nd degree: you can invite them."
    assert (result["invite"].limit, result["invite"].left) == ("invitations_per_week", 100)
    assert result["ask_introduction"].reason == \
        "Ask Bob Nguyen, one of your 4 shared connections."
    assert result["follow"].allowed


def test_third_degree_with_only_the_initial(book):
    result = statuses(book, degree=3, full_name_visible=False)
    assert not result["invite"].allowed and result["invite"].limit is None
    assert result["invite"].reason == (
        "Only the initial of their last name is visible at 3rd degree: LinkedIn offers no "
        "invitation. Use InMail or an introduction.")
    assert allowed(book, degree=3, full_name_visible=True) >= {"invite", "invite_with_note"}


def test_out_of_network(book):
    result = statuses(book, degree=4)
    for action in ("invite", "invite_with_note", "message", "inmail", "message_request"):
        assert not result[action].allowed, action
    assert result["invite"].reason == \
        'Out of network: LinkedIn offers no invitation to a "LinkedIn Member".'
    assert result["follow"].allowed


@pytest.mark.parametrize("flag, reason", [
    ("open_profile", "Open Profile: any member can message them for free."),
    ("coworker", "A current coworker: you can message them without a connection."),
])
def test_exceptions_that_allow_a_free_message(book, flag, reason):
    result = statuses(book, degree=2, **{flag: True})
    assert result["message"].allowed and result["message"].reason == reason


def test_a_shared_group_allows_a_message_request(book):
    result = statuses(book, degree=3, shares_group=True)
    assert result["message_request"].allowed
    assert not result["message"].allowed
    assert result["message"].reason == \
        "Not connected: send a message request through your shared group instead."


def test_a_follower_who_is_not_connected_cannot_be_messaged(book):
    result = statuses(book, degree=2, follows_me=True)
    assert result["message"].reason == ("They follow you, but a follower who is not connected "
                                        "cannot be messaged: invite them first.")


def test_a_limit_reached_blocks_with_nothing_left(book):
    result = statuses(book, degree=2, invitations_this_week=100)
    invite = result["invite"]
    assert (invite.allowed, invite.limit, invite.left) == (False, "invitations_per_week", 0)
    assert invite.blocked_by_limit
    assert invite.reason == ("You have sent 100 invitations in the last 7 days; LinkedIn allows "
                             "about 100 a week. Wait a few days before inviting again.")
    near = statuses(book, degree=2, invitations_this_week=97)["invite"]
    assert (near.allowed, near.limit, near.left) == (True, "invitations_per_week", 3)


def test_reinviting_within_21_days_of_a_withdrawal_is_blocked(book):
    invite = statuses(book, degree=2, days_since_withdrawal=5)["invite"]
    assert (invite.allowed, invite.limit, invite.left) == (False, "reinvite_wait_days", 0)
    assert invite.reason == ("You withdrew an invitation to them 5 days ago: LinkedIn lets you "
                             "invite them again after 21 days (16 more to wait).")
    assert statuses(book, degree=2, days_since_withdrawal=21)["invite"].allowed


def test_personal_notes_and_inmail_depend_on_premium(book):
    free = statuses(book, degree=2, invitation_notes_this_month=5)
    assert free["invite_with_note"].limit == "invitation_notes_per_month"
    assert not free["invite_with_note"].allowed and free["invite"].allowed
    premium = statuses(book, degree=2, invitation_notes_this_month=5, premium=True)
    assert premium["invite_with_note"].allowed
    assert premium["invite_with_note"].reason == \
        "Add a personal note of up to 300 characters: name your common link or a shared interest."
    assert not free["inmail"].allowed and free["inmail"].left == 0
    assert statuses(book, degree=2, premium=True)["inmail"].left == 5


def test_the_connection_cap(book):
    invite = statuses(book, degree=2, my_connections=30000)["invite"]
    assert (invite.allowed, invite.limit) == (False, "max_connections")


def test_do_not_contact_blocks_reaching_out(book):
    result = statuses(book, degree=2, tags=("do-not-contact",))
    for action in ("invite", "message", "inmail", "ask_introduction", "invite_with_note"):
        assert result[action].reason == "You put them on your do-not-contact list.", action
