"""The fact registry: every value a rule may test or print, with its type and meaning.

Facts flatten what is known about one contact (and about my account) into plain values.
Rules see nothing else: a condition names a fact from this registry, a template prints one.
"""

from __future__ import annotations

from dataclasses import dataclass

NUMBER, YES_NO, TEXT, LIST = "number", "yes/no", "text", "list of text"
"""The four fact types; a number or a text may be missing (no value known)."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One entry of the registry: its name, type, meaning and value when nothing is known."""

    name: str
    type: str
    description: str
    account: bool = False
    from_limit: str | None = None
    """For a fact worked out from a limit of limits.toml (what is left of it): its id."""
    from_cadence: bool = False
    """For a fact worked out from the keep-in-touch cadence of the rule files."""

    @property
    def default(self):
        """The value a fact has when a test case (or a caller) does not give it."""
        if self.type == YES_NO:
            return False
        if self.type == LIST:
            return ()
        if self.name in _ZERO_BY_DEFAULT:
            return 0
        return None


_ZERO_BY_DEFAULT = {"mutual_connections", "engagement_last_90_days", "tie_strength",
                    "inbound_interactions", "introducer_tie_strength", "my_connections",
                    "invitations_this_week", "invitation_notes_this_month",
                    "inmails_this_month", "invitations_today", "messages_today"}

_REGISTRY = (
    Fact("degree", NUMBER, "1, 2 or 3 for 1st, 2nd and 3rd degree; 4 out of network; 0 is you"),
    Fact("degree_label", TEXT, '"1st", "2nd", "3rd", "out" (out of network) or "you"'),
    Fact("degree_observed", YES_NO,
         "the degree comes from what LinkedIn showed, not from known links"),
    Fact("connected", YES_NO, "a 1st-degree connection (degree is 1)"),
    Fact("mutual_connections", NUMBER, "how many of my connections are connected to them"),
    Fact("follows_me", YES_NO,
         "they follow me (connections follow each other unless one unfollowed)"),
    Fact("i_follow", YES_NO, "I follow them"),
    Fact("full_name_visible", YES_NO, "their full last name is shown at this degree (always at 1st "
                                      "and 2nd and to fellow members of a group; at 3rd only if "
                                      "they allow it; otherwise never out of network)"),
    Fact("open_profile", YES_NO,
         "Open Profile (a Premium setting): anyone may message them for free"),
    Fact("shares_group", YES_NO, "we are members of the same LinkedIn group"),
    Fact("shared_group", TEXT, "the name of one LinkedIn group we share"),
    Fact("coworker", YES_NO, "we currently work at the same company"),
    Fact("follow_primary", YES_NO, "their profile shows Follow as the main button (their own "
                                   "setting, or the 30,000-connection cap)"),
    Fact("tags", LIST, "my tags on them (close, client, mentor, prospect, do-not-contact…)"),
    Fact("days_since_last_interaction", NUMBER,
         "days since the last logged interaction, either way"),
    Fact("last_interaction_kind", TEXT, "what the last interaction was (messaged, met, visited…)"),
    Fact("engagement_last_90_days", NUMBER, "how many times they visited, liked, commented, "
                                            "messaged… towards me in the last 90 days"),
    Fact("days_since_my_visit", NUMBER, "days since I last visited their profile"),
    Fact("days_since_their_visit", NUMBER, "days since they last visited my profile"),
    Fact("invitation_pending", YES_NO, "I invited them and they have not answered yet"),
    Fact("invitation_received", YES_NO, "they invited me and I have not answered yet"),
    Fact("days_since_invitation", NUMBER, "days since I sent the invitation that is pending"),
    Fact("days_since_withdrawal", NUMBER, "days since I last withdrew an invitation to them"),
    Fact("last_invitation_status", TEXT, "what became of the last invitation between us: "
                                         "pending, accepted, declined, withdrawn or ignored"),
    Fact("tie_strength", NUMBER, "how well I know them, from recent interactions and tags (0 = "
                                 "nothing known; close friends score 4 and more)"),
    Fact("inbound_interactions", NUMBER, "how many times they did something towards me, ever "
                                         "(visits, likes, comments, messages…): how active a "
                                         "follower or a contact is"),
    Fact("awaiting_my_reply", YES_NO, "they wrote last in our latest conversation and I have "
                                      "not answered (a message from them after my last one)"),
    Fact("days_awaiting_reply", NUMBER, "days since their message that I have not answered; "
                                        "missing when I owe no answer"),
    Fact("their_message_asks", YES_NO, "their unanswered message asks a question (it holds a "
                                       "question mark)"),
    Fact("awaiting_their_reply", YES_NO, "I wrote last in our latest conversation and they "
                                         "have not answered"),
    Fact("days_awaiting_their_reply", NUMBER, "days since my message they have not answered; "
                                              "missing when they owe no answer"),
    Fact("days_since_connected", NUMBER, "days since we connected (the connection date, an "
                                         "accepted invitation or a logged connection); missing "
                                         "when unknown or not connected"),
    Fact("messaged_since_connected", YES_NO, "a message was exchanged, either way, since we "
                                             "connected"),
    Fact("days_since_invitation_received", NUMBER, "days since their invitation arrived, while "
                                                   "I have not answered it; missing otherwise"),
    Fact("days_since_they_introduced_me", NUMBER, "days since they last introduced me to "
                                                  "someone (an \"introduced\" interaction from "
                                                  "them); missing when they never did"),
    Fact("introduction_thanked", YES_NO, "I messaged, called or met them after their latest "
                                         "introduction"),
    Fact("days_since_job_change", NUMBER, "days since their company or position changed between "
                                          "two imports; missing when no change was seen"),
    Fact("days_since_unlisted", NUMBER, "days since a re-import of my LinkedIn export first "
                                        "no longer listed this connection (kept: they may have "
                                        "left LinkedIn, hidden their profile or removed the "
                                        "connection); missing while it is listed"),
    Fact("note", TEXT, "my latest note on them (test it with contains or contains_any)"),
    Fact("days_until_note_due", NUMBER, "days until my earliest open note reminder on them is "
                                        "due (0 today, negative when overdue); missing when none"),
    Fact("introducer_tie_strength", NUMBER, "how well I know the introducer (their "
                                            "tie_strength; 0 when there is no introducer)"),
    Fact("keep_in_touch_days", NUMBER, "how often I want to be in touch with them, in days: "
                                       "their own cadence tag (every-30-days), else the "
                                       "shortest cadence of their tags, else their degree's "
                                       "(keep_in_touch.toml); missing when none applies",
         from_cadence=True),
    Fact("days_past_keep_in_touch", NUMBER, "days since the last interaction (or since we "
                                            "connected) minus keep_in_touch_days: above 0 when "
                                            "I am late; missing when no cadence applies or "
                                            "nothing is dated", from_cadence=True),
    Fact("introducers_blocked", YES_NO, "every 1st-degree connection who could introduce me (for "
                                        "a 3rd-degree person, every path) is on my "
                                        "do-not-contact list"),
    Fact("introducer", TEXT, "the 1st-degree connection best placed to introduce me (the one I "
                             "know best on a shortest path); missing when there is none"),
    Fact("circle", TEXT, "the circle of my connections they belong to (`coach map`), named by "
                         "what its people share (\"Orbiteo · Lyon\"); missing beyond my 1st "
                         "degree and for the few in no circle"),
    Fact("circle_size", NUMBER, "how many of my connections are in their circle; missing when "
                                "they are in none"),
    Fact("is_broker", YES_NO, "they link two of my circles or more, or are the only link to "
                              "several of my 2nd-degree people (a broker of `coach map`)"),
    Fact("bridges_circles", TEXT, "the other circles a broker links their own to (\"Cartalis, "
                                  "Data\"); missing when they are not a broker of circles"),
    Fact("name", TEXT, "their full name as I know it"),
    Fact("display_name", TEXT, 'their name as LinkedIn shows it at this degree ("Léa D.", '
                               '"LinkedIn Member")'),
    Fact("first_name", TEXT, "their first name"),
    Fact("company", TEXT, "their current company"),
    Fact("position", TEXT, "their current position"),
    Fact("headline", TEXT, "their profile headline"),
    Fact("location", TEXT, "where they are"),
    Fact("premium", YES_NO, "my account is Premium (config.toml: premium = true)", account=True),
    Fact("my_connections", NUMBER, "how many 1st-degree connections I have", account=True),
    Fact("invitations_this_week", NUMBER, "invitations I sent in the last 7 days", account=True),
    Fact("invitations_today", NUMBER, "invitations I sent today (the agenda's daily pace counts "
                                      "them)", account=True),
    Fact("messages_today", NUMBER, "messages I sent today (the agenda's daily pace counts them)",
         account=True),
    Fact("invitation_notes_this_month", NUMBER, "invitations with a personal note I sent this "
                                                "calendar month", account=True),
    Fact("inmails_this_month", NUMBER, "InMails I sent this calendar month (messages to people I "
                                       "could not message for free)", account=True),
    Fact("invitations_left_this_week", NUMBER, "invitations I may still send this week "
                                               "(invitations_per_week minus invitations_this_week)",
         account=True, from_limit="invitations_per_week"),
    Fact("invitation_notes_left_this_month", NUMBER, "personal invitation notes left this month; "
                                                     "missing when Premium makes them unlimited",
         account=True, from_limit="invitation_notes_per_month"),
    Fact("inmail_credits_left_this_month", NUMBER, "InMail credits left this month (0 on a free "
                                                   "account)", account=True,
         from_limit="inmail_credits_per_month"),
    Fact("connections_left", NUMBER, "connections I may still make before LinkedIn's cap "
                                     "(max_connections minus my_connections)", account=True,
         from_limit="max_connections"),
)

FACTS: dict[str, Fact] = {fact.name: fact for fact in _REGISTRY}
"""Every fact by name, in the documented order."""

DEFAULTS: dict[str, object] = {fact.name: fact.default for fact in _REGISTRY}
"""Each fact's value when nothing is known (false, empty, 0 for counts, else missing)."""

FROM_LIMITS: dict[str, str] = {fact.name: fact.from_limit for fact in _REGISTRY if fact.from_limit}
"""Facts worked out from a limit (what is left of it) → the limit's id. The rule book adds
them, from its own limits; a fact table or a test case never gives them."""

FROM_CADENCE: tuple[str, ...] = tuple(fact.name for fact in _REGISTRY if fact.from_cadence)
"""Facts worked out from the keep-in-touch cadence of the rule book (and the person's tags,
degree and last interaction); like those from limits, a fact table never gives them."""

TABLE_FACTS: tuple[str, ...] = tuple(name for name in FACTS
                                     if name not in FROM_LIMITS and name not in FROM_CADENCE)
"""The facts a fact table holds (every fact but those worked out from limits and cadence)."""


def type_of_value(value) -> str | None:
    """The registry type a plain value has (None for a missing value)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return YES_NO
    if isinstance(value, (int, float)):
        return NUMBER
    if isinstance(value, str):
        return TEXT
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return LIST
    return "other"


def describe_type(value) -> str:
    """How a TOML value's type reads in a message: a number, text, true/false, a list…"""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def check_value(name: str, value, registry: dict[str, Fact] = FACTS) -> str | None:
    """Why a value cannot be the fact ``name`` of ``registry`` (None when it can)."""
    fact = registry[name]
    kind = type_of_value(value)
    if kind is None or kind == fact.type:
        if kind is None and fact.type in (YES_NO, LIST):
            return f"{name} is {fact.type} and cannot be missing"
        return None
    return f"{name} is {_article(fact.type)}, not {describe_type(value)}"


def _article(kind: str) -> str:
    return {NUMBER: "a number", YES_NO: "true/false", TEXT: "text", LIST: "a list of text"}[kind]


def registry_table() -> list[tuple[str, str, str]]:
    """(name, type, description) of every fact, for the README and ``--help`` texts."""
    return [(fact.name, fact.type, fact.description) for fact in _REGISTRY]


_LABELS = {0: "you", 1: "1st", 2: "2nd", 3: "3rd", 4: "out"}


def complete_facts(given: dict) -> dict:
    """Facts with every registry name: the given values, what follows from them, then defaults.

    From ``degree`` follow ``connected``, ``degree_label`` and (at 1st and 2nd degree)
    ``full_name_visible``, unless they are given too.
    """
    facts = dict(DEFAULTS)
    facts.update(given)
    degree = given.get("degree")
    if isinstance(degree, (int, float)) and not isinstance(degree, bool):
        if "connected" not in given:
            facts["connected"] = degree == 1
        if "degree_label" not in given:
            facts["degree_label"] = _LABELS.get(int(degree))
        if "full_name_visible" not in given:
            facts["full_name_visible"] = degree in (0, 1, 2)
    return facts
