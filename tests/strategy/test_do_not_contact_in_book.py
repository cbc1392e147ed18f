"""The do-not-contact tag is decided once, in the book: every caller (advice, the allowed
actions, the whole-network ranking) gets the same answer, whatever the rule files say."""

from __future__ import annotations

from coach.strategy.actions import DO_NOT_CONTACT_REASON
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.ranking import top_advice_all
from tests.strategy.conftest import fact_table
from tests.strategy.books import book_of, given
from tests.strategy.generated import small_network as network

POLICY_WITHOUT_THE_TAG = """
[[action]]
id = "message"
label = "Message"
otherwise = "Not connected."
why = "w"
[[action.case]]
when = { fact = "degree", eq = 1 }
allowed = true
reason = "Free."

[[action]]
id = "view_profile"
label = "View"
otherwise = "-"
why = "w"
[[action.case]]
allowed = true
reason = "Yes."
"""

RULES_WITHOUT_THE_TAG = """
[[rule]]
id = "say-hi"
title = "Say hi"
priority = 50
advice = "Message them."
actions = ["message"]
why = "w"
[[rule.otherwise]]
advice = "Look at their profile."
actions = ["view_profile"]

[[rule]]
id = "follow-them"
title = "Follow"
priority = 40
advice = "Follow them."
actions = ["follow"]
why = "w"
"""


def test_do_not_contact_is_decided_in_the_book_whatever_the_files_say(tmp_path):
    book = book_of(tmp_path, RULES_WITHOUT_THE_TAG, POLICY_WITHOUT_THE_TAG)
    tagged = {"degree": 1, "tags": ["do-not-contact"]}
    statuses = {status.action: status for status in book.actions(tagged)}
    assert (statuses["message"].allowed, statuses["message"].reason) == \
        (False, DO_NOT_CONTACT_REASON)
    assert statuses["view_profile"].allowed  # looking is not reaching out
    assert {s.action: s.allowed for s in book.book.action_statuses(tagged)} == \
        {"message": False, "view_profile": True}
    # "follow" has no policy here: allowed, except for someone tagged do-not-contact.
    assert given(book, degree=1) == {"say-hi": (0, "Message them."),
                                     "follow-them": (0, "Follow them.")}
    assert given(book, **tagged) == {"say-hi": (1, "Look at their profile.")}


def test_the_whole_network_ranking_honours_the_tag_too(tmp_path):
    book = book_of(tmp_path, RULES_WITHOUT_THE_TAG, POLICY_WITHOUT_THE_TAG)
    store, ids = network(tmp_path, ("Ann",))
    table = fact_table(store)
    columns = DecidedColumns(book.book, table)
    ann, ben = table.index(ids["Ann"]), table.index(ids["Ben"])
    assert not columns.allowed("message")[ann] and columns.allowed("message")[ben]
    assert not columns.allowed("follow")[ann] and columns.allowed("follow")[ben]
    top = top_advice_all(book.book, table)
    assert (top[ids["Ann"]].rule_id, top[ids["Ann"]].variant) == ("say-hi", 1)
    assert (top[ids["Ben"]].rule_id, top[ids["Ben"]].variant) == ("say-hi", 0)
