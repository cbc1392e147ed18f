"""Advice reads the situation (issue 15, "Must show"), on the demo and on small workspaces
built with the store API for the cases the demo lacks:

- the most common top advice among 2nd-degree contacts goes to at most 60% of them, and
  "visit first" only to people with no warm signal;
- every follower who can be invited and has interacted is proposed as an active follower;
- a person with an unanswered inbound message gets a reply advice first;
- a connection of the last 7 days without a message gets a welcome advice;
- an introduction made for me is thanked; a note asking for an introduction is followed;
- current coworkers are not told to reconnect; a person's own rhythm changes when the
  reconnect advice comes.

(No advice proposes a blocked action: test_advice_follows_the_actions.py and
tests/strategy/test_demo_advice.py.)
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from coach.dates import today
from coach.model import Interaction
from coach.service import NetworkService
from coach.workspace import Workspace
from tests.service.conftest import service_on

REPLY = {"reply-question", "reply-unanswered", "reply-late", "reply-late-question"}
WARM = ("follows_me", "i_follow", "shares_group", "coworker")


@pytest.fixture(scope="module")
def demo(prepared):
    with service_on(prepared) as service:
        yield service


def people(service):
    me = service.me()
    return [person for person in service.roster.people if person != me]


def degree(service, person):
    return int(service.network.degree[service.network.index(person)])


def priority(service, rule_id):
    return service.rulebook.book.rule(rule_id).priority


def allowed(service, person):
    return {status.action for status in service.actions(person) if status.allowed}


def do_not_contact(facts):
    return "do-not-contact" in facts["tags"]


# --- the demo ---------------------------------------------------------------------------

def test_warm_signals_change_the_top_advice_at_2nd_degree(demo):
    top = demo.top_advice()
    second = [person for person in people(demo) if degree(demo, person) == 2]
    counts = Counter(top[person].rule_id if top.get(person) else None for person in second)
    (most_common, given), = counts.most_common(1)
    assert len(second) == 150 and given <= 0.6 * len(second), counts
    assert len(counts) >= 6, counts  # warm paths of several kinds
    for person in second:
        if top.get(person) and top[person].rule_id == "second-visit-first":
            facts = demo.facts(person)
            assert not any(facts[name] for name in WARM), (person, facts["name"])
            assert facts["introducer_tie_strength"] < 4 and facts["mutual_connections"] < 5


def test_every_follower_who_can_be_invited_and_has_interacted_is_an_active_follower(demo):
    seen = 0
    for person in people(demo):
        facts = demo.facts(person)
        if (not facts["follows_me"] or facts["connected"] or do_not_contact(facts)
                or "invite" not in allowed(demo, person)
                or not (facts["inbound_interactions"] >= 1
                        or facts["engagement_last_90_days"] >= 1)):
            continue
        seen += 1
        advice = demo.advice(person)
        ids = [item.rule_id for item in advice]
        assert "follower-invite-active" in ids, (facts["name"], ids)
        # first, unless something more pressing (an answer owed, a reminder) comes before
        first = advice[0].rule_id
        assert (first == "follower-invite-active"
                or priority(demo, first) > priority(demo, "follower-invite-active")), ids
    assert seen >= 1


def test_an_unanswered_inbound_message_gets_a_reply_advice_first(demo):
    waiting = [person for person in people(demo) if demo.facts(person)["awaiting_my_reply"]
               and not do_not_contact(demo.facts(person))]
    assert len(waiting) >= 10
    for person in waiting:
        advice = demo.advice(person)
        assert advice[0].rule_id in REPLY, (demo.facts(person)["name"], advice[0].rule_id)
        assert "message" in allowed(demo, person)
        assert f"{demo.facts(person)['days_awaiting_reply']:g} days" in advice[0].text


def test_a_recent_connection_without_a_message_gets_a_welcome(demo):
    """Over the demo (whose newest connection is 8 days old: the small workspaces below
    make one of 3 days), and up to 30 days."""
    for person in people(demo):
        facts = demo.facts(person)
        if (facts["connected"] and not do_not_contact(facts)
                and facts["days_since_connected"] is not None
                and facts["days_since_connected"] <= 30
                and not facts["messaged_since_connected"]):
            assert "welcome-new-connection" in [a.rule_id for a in demo.advice(person)]


def test_lea_s_note_asks_for_an_introduction_and_her_advice_follows_it(demo):
    lea = next(person for person in people(demo) if demo.facts(person)["name"] == "Léa Dubois")
    assert "intro" in demo.facts(lea)["note"]
    first = demo.advice(lea)[0]
    assert first.rule_id == "note-introduction" and first.actions == ("ask_introduction",)


def test_current_coworkers_are_not_told_to_reconnect(demo):
    coworkers = [person for person in people(demo)
                 if degree(demo, person) == 1 and demo.facts(person)["coworker"]
                 and not do_not_contact(demo.facts(person))]
    assert coworkers
    for person in coworkers:
        ids = [item.rule_id for item in demo.advice(person)]
        assert "first-colleague" in ids
        assert not {"first-reconnect", "first-reconnect-close"} & set(ids), ids


# --- small workspaces -------------------------------------------------------------------

def days_ago(days: int) -> str:
    return (today() - timedelta(days=days)).isoformat() + "T09:00:00"


def on(day: str) -> str:
    return day[:10]


@pytest.fixture
def small(tmp_path):
    """A workspace with me, Bob (connected long ago, close) and Paul (2nd degree through
    Bob); the test adds the rest, then asks a service over it."""
    folder = tmp_path / "home"

    def build(setup) -> NetworkService:
        with Workspace(folder) as workspace:
            store = workspace.store
            me = store.people.add(first_name="Mia", last_name="Moi", company="Orbiteo")
            store.set_me(me)
            bob = store.people.add(first_name="Bob", last_name="Nguyen", company="Mélusine")
            paul = store.people.add(first_name="Paul", last_name="Durand", company="Parcelle")
            store.connections.add(me, bob, connected_on=on(days_ago(900)))
            store.connections.add(bob, paul)
            store.tags.add(bob, "close")
            store.interactions.add(Interaction(bob, "met", "out", days_ago(20)))
            setup(store, {"me": me, "bob": bob, "paul": paul})
        return NetworkService(Workspace(folder), save_snapshot=False)

    return build


def named(service, first_name):
    return next(person for person in people(service)
                if service.facts(person)["first_name"] == first_name)


def test_a_connection_made_three_days_ago_without_a_message_is_welcomed(small):
    def setup(store, ids):
        nina = store.people.add(first_name="Nina", last_name="Berg", company="Fluxéa")
        store.connections.add(ids["me"], nina, connected_on=on(days_ago(3)))

    with small(setup) as service:
        nina = named(service, "Nina")
        assert service.facts(nina)["days_since_connected"] == 3
        advice = service.advice(nina)
        assert advice[0].rule_id == "welcome-new-connection"
        assert "3 days ago" in advice[0].text and advice[0].actions == ("message",)


def test_a_new_connection_already_written_to_is_not_welcomed_again(small):
    def setup(store, ids):
        nina = store.people.add(first_name="Nina", last_name="Berg", company="Fluxéa")
        store.connections.add(ids["me"], nina, connected_on=on(days_ago(3)))
        store.interactions.add(Interaction(nina, "messaged", "out", days_ago(2), "Welcome!"))

    with small(setup) as service:
        nina = named(service, "Nina")
        assert "welcome-new-connection" not in [a.rule_id for a in service.advice(nina)]


def test_a_question_unanswered_for_eleven_days_comes_first(small):
    def setup(store, ids):
        store.interactions.add(Interaction(ids["bob"], "messaged", "in", days_ago(11),
                                           "Dispo pour un café ?"))

    with small(setup) as service:
        bob = named(service, "Bob")
        advice = service.advice(bob)
        assert advice[0].rule_id == "reply-question"
        assert "11 days ago" in advice[0].text
        assert len(advice) > 1 and all(item.rule_id not in REPLY for item in advice[1:])


def test_an_answered_message_asks_for_no_reply(small):
    def setup(store, ids):
        store.interactions.add(Interaction(ids["bob"], "messaged", "in", days_ago(11),
                                           "Dispo pour un café ?"))
        store.interactions.add(Interaction(ids["bob"], "replied", "out", days_ago(10), "Oui !"))

    with small(setup) as service:
        bob = named(service, "Bob")
        assert not REPLY & {item.rule_id for item in service.advice(bob)}


def test_a_message_from_someone_not_connected_can_be_answered(small):
    def setup(store, ids):
        store.interactions.add(Interaction(ids["paul"], "messaged", "in", days_ago(4),
                                           "Hello, could we talk about your product?"))

    with small(setup) as service:
        paul = named(service, "Paul")
        assert degree(service, paul) == 2
        advice = service.advice(paul)
        assert advice[0].rule_id == "reply-question"
        assert "message" in allowed(service, paul)


def test_an_introduction_made_for_me_is_thanked_until_i_write(small):
    def setup(store, ids):
        store.interactions.add(Interaction(ids["bob"], "introduced", "in", days_ago(5),
                                           "Intro envoyée"))

    with small(setup) as service:
        bob = named(service, "Bob")
        advice = service.advice(bob)
        assert advice[0].rule_id == "thank-introduction" and "5 days ago" in advice[0].text
        service.log(bob, "messaged", note="Merci pour l'intro !")
        assert "thank-introduction" not in [a.rule_id for a in service.advice(bob)]


def test_my_own_rhythm_changes_when_to_reconnect(small):
    def setup(store, ids):
        yann = store.people.add(first_name="Yann", last_name="Le Gall", company="Brindille")
        store.connections.add(ids["me"], yann, connected_on=on(days_ago(700)))
        store.interactions.add(Interaction(yann, "messaged", "out", days_ago(40), "News"))

    with small(setup) as service:
        yann = named(service, "Yann")
        assert "first-reconnect" not in [a.rule_id for a in service.advice(yann)]
        service.tag(yann, ["every-30-days"])
        advice = {item.rule_id: item for item in service.advice(yann)}
        assert "first-reconnect" in advice and "40 days" in advice["first-reconnect"].text


def test_a_colleague_is_not_a_stranger(small):
    def setup(store, ids):
        ceo = store.people.add(first_name="Matthias", last_name="Zimmermann",
                               company="Orbiteo", position="CEO")
        store.connections.add(ids["me"], ceo, connected_on=on(days_ago(1500)))
        store.tags.add(ceo, "close")
        store.interactions.add(Interaction(ceo, "met", "out", days_ago(82)))

    with small(setup) as service:
        ceo = named(service, "Matthias")
        assert service.facts(ceo)["coworker"]  # same company as mine
        ids = [item.rule_id for item in service.advice(ceo)]
        assert ids[0] == "first-colleague"
        assert "first-reconnect-close" not in ids


def test_the_checks_run_on_the_date_the_tests_pin():
    assert today() == date(2026, 11, 22)
