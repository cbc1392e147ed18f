"""Text copied from a LinkedIn page (select all, copy, paste) → the people it shows.

Keys on the stable markers of each page (``paste_lines``), tolerates CRLF, missing or extra
blank lines, badges and emoji, and never guesses: a block it cannot read is reported with its
first line, not half-read. Pages read, in the English and the French interface: people
search results (a profile's mutual-connections list is one, headed by ``Mutual connections
with NAME``), the followers list, the connections list and the invitation manager.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coach.dates import today
from coach.importers import paste_lines as marks
from coach.model import Degree

SEARCH_RESULTS = "search results"
FOLLOWERS = "followers"
CONNECTIONS = "connections"
INVITATIONS = "invitations"
MUTUALS = "mutual connections"
EXPECTED = ("a LinkedIn people search results page or a profile's mutual connections (lines "
            "\"View NAME’s profile\" or \"Voir le profil de NAME\", \"• 2nd\" / \"• 2e\"), the "
            "followers list (a name, a headline, then \"Following\"/\"Follow\" or \"Suivi\"/"
            "\"Suivre\"), the connections list (a name, an occupation, \"Connected on November 4, "
            "2026\" / \"Relation établie le 4 novembre 2026\") or the invitation manager (a name, "
            "a headline, then \"Ignore\"/\"Accept\", \"Ignorer\"/\"Accepter\" or \"Withdraw\"/"
            "\"Retirer\")")
_CHROME = re.compile(
    r"^(?:search results|résultats de recherche|people|personnes|followers|abonnés"
    r"|about [\d,.\s]+ results?|environ [\d\s.,]+ résultats?|[\d,.\s]+ results?"
    r"|[\d,.\s]+ résultats?|[\d,.\s]+ (?:people|person) follows? you"
    r"|[\d\s.,]+ personnes? vous suit|[\d\s.,]+ personnes vous suivent"
    r"|load more|show more results|afficher plus de résultats|previous|next|précédent|suivant"
    r"|page \d+ (?:of|sur) \d+|\d+)$", re.IGNORECASE)


@dataclass
class PastedPerson:
    """One person the text shows; what it does not say stays empty (None)."""

    name: str
    first_line: int
    degree: Degree | None = None
    headline: str = ""
    location: str = ""
    current: str = ""
    mutual_count: int | None = None
    mutuals: list[str] = field(default_factory=list)
    follows_me: bool | None = None
    i_follow: bool | None = None
    connected_on: str | None = None
    """The day of the connection with me (the connections list), ISO."""
    invitation: str | None = None
    """A pending invitation: "received" (from them to me) or "sent" (from me to them)."""
    invited_on: str | None = None
    """The day the invitation was sent, ISO, counted back from the day of the copy."""
    invited_on_approximate: bool = False
    """Whether that day is about right only ("3 weeks ago", "il y a 2 mois")."""

    @property
    def out_of_network(self) -> bool:
        return self.degree is Degree.OUT_OF_NETWORK

    def to_json(self) -> dict:
        return {"name": self.name or None, "line": self.first_line,
                "degree": self.degree.label if self.degree is not None else None,
                "headline": self.headline or None, "location": self.location or None,
                "current": self.current or None, "mutual_connections": self.mutual_count,
                "named_mutual_connections": self.mutuals, "follows_me": self.follows_me,
                "i_follow": self.i_follow, "connected_on": self.connected_on,
                "invitation": self.invitation, "invited_on": self.invited_on,
                "invited_on_approximate": self.invited_on_approximate}


@dataclass
class Unread:
    """A block that could not be read: where it starts, its first line, and why."""

    line: int
    text: str
    reason: str

    def to_json(self) -> dict:
        return {"line": self.line, "first_line": self.text, "reason": self.reason}


@dataclass
class Pasted:
    """What a paste holds: the page it comes from, the people read, the blocks not read."""

    page: str | None
    people: list[PastedPerson] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    mutuals_of: str = ""
    """Whose mutual connections the page lists (its heading, or ``coach paste --of``)."""
    mutual_total: int | None = None
    """How many connections I share with that person, as the page's heading says."""

    def to_json(self) -> dict:
        return {"page": self.page, "people": [p.to_json() for p in self.people],
                "unread": [u.to_json() for u in self.unread],
                "mutual_connections_of": self.mutuals_of or None,
                "mutual_connections_total": self.mutual_total}


Line = tuple[int, str]


def parse_paste(text: str, copied_on: date | None = None) -> Pasted:
    """Read pasted text; the page is told by its markers. Relative times ("3 weeks ago")
    count back from ``copied_on`` (default: today)."""
    lines = [(number, marks.clean(raw)) for number, raw in
             enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)]
    lines = [(n, line) for n, line in lines if line and not marks.is_badge(line)]
    page = detect_page([line for _, line in lines])
    if page == SEARCH_RESULTS:
        from coach.importers.paste_search import read_search_results
        return read_search_results(lines)
    if page == FOLLOWERS:
        from coach.importers.paste_followers import read_followers
        return read_followers(lines)
    if page == CONNECTIONS:
        from coach.importers.paste_connections import read_connections
        return read_connections(lines)
    if page == INVITATIONS:
        from coach.importers.paste_invitations import read_invitations
        return read_invitations(lines, copied_on or today())
    return Pasted(page)


def detect_page(lines: list[str]) -> str | None:
    """Which page the lines come from, by its markers; None when none is there."""
    if any(marks.view_name(line) or marks.bullet_degree(line) or marks.degree_line(line)
           for line in lines):
        return SEARCH_RESULTS
    folded = {line.casefold() for line in lines}
    if folded & marks.MEMBER_LABELS or any(marks.connected_on(line) for line in lines):
        return CONNECTIONS
    if folded & set(marks.INVITATION_BUTTONS):
        return INVITATIONS
    if folded & set(marks.FOLLOW_BACK):
        return FOLLOWERS
    return None


def is_chrome(line: str) -> bool:
    """A page heading, a result count or a pager line: nothing about a person."""
    return bool(_CHROME.match(line))


def name_and_rest(name: str, content: list[str]) -> tuple[str, list[str]]:
    """A block's name (given by "View NAME's profile", else its first line) and the lines
    after it; the name shown again on its own line is dropped."""
    content = list(content)
    if name and content and marks.person_name(content[0]).casefold() == name.casefold():
        content.pop(0)
    elif not name and content:
        name = marks.person_name(content.pop(0))
    return name, content


def read_card(block: list[Line], person: PastedPerson, no_name: str, too_much: str,
              also=None) -> PastedPerson | Unread:
    """A person shown as a card (the followers list, the invitation manager): ``View NAME's
    profile`` or the name on its first line, a headline, maybe a mutual-connections line; the
    page's buttons are passed over. ``also(line, person)`` reads the page's own lines (True
    when it took one). A card holding more, or no name, is not read (``no_name``,
    ``too_much`` say why)."""
    content: list[str] = []
    name = ""
    for _, line in block:
        shown = marks.view_name(line)
        if shown is not None:
            name = marks.person_name(shown)
            continue
        mutual = marks.mutual_line(line)
        if mutual is not None and person.mutual_count is None:
            person.mutual_count, person.mutuals = mutual
            continue
        if mutual is not None or marks.looks_mutual(line):
            return unread_block(block, "mutual connections not read")
        if also is not None and also(line, person):
            continue
        if line.casefold() in marks.SEARCH_BUTTONS:
            continue
        content.append(line)
    name, content = name_and_rest(name, content)
    if not name:
        return unread_block(block, no_name)
    if len(content) > 1:
        return unread_block(block, too_much)
    person.name = name
    person.headline = content[0] if content else ""
    return person


def unread_block(block: list[Line], reason: str) -> Unread:
    return Unread(block[0][0], block[0][1], reason)
