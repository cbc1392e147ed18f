"""What one line of the contact list says, as plain cells (no markup is ever parsed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.dates import today
from coach.listing import ContactListing
from coach.model import Degree
from coach.naming import display_name

BADGES = {Degree.FIRST: "first", Degree.SECOND: "second", Degree.THIRD: "third",
          Degree.OUT_OF_NETWORK: "out"}
"""The style of each degree's badge (a component class of the list)."""

FOLLOW_MARKS = {(True, True): "⇄", (True, False): "←", (False, True): "→", (False, False): " "}
"""⇄ we follow each other, ← they follow me, → I follow them."""

COLUMNS = (("name", 24), ("degree", 3), ("follow", 1), ("work", 24), ("mutual", 6),
           ("last", 5), ("advice", 0))
"""Each column and its width in cells (0: whatever is left)."""

HEADINGS = {"name": "Name as shown", "degree": "Deg", "follow": "⇄", "work": "Company · position",
            "mutual": "Shared", "last": "Last", "advice": "Top advice"}


def age(when: str | None, day: date) -> str:
    """How long ago, in at most five cells: today, 3d, 2w, 5mo, 2y."""
    if not when:
        return ""
    try:
        then = date.fromisoformat(when[:10])
    except ValueError:
        return ""
    days = (day - then).days
    if days <= 0:
        return "today"
    if days < 14:
        return f"{days}d"
    if days < 60:
        return f"{days // 7}w"
    if days < 730:
        return f"{days // 30}mo"
    return f"{days // 365}y"


@dataclass(frozen=True, slots=True)
class ContactRow:
    """The cells of one contact's line."""

    person_id: int
    name: str
    degree: str
    degree_key: str
    follow: str
    work: str
    mutual: str
    last: str
    advice: str


def contact_row(listing: ContactListing, position: int, advice: str | None,
                day: date | None = None) -> ContactRow:
    """The cells for the contact at one listing position, read from the listing's arrays
    (no Contact is built: a page of the list is drawn at every scroll); ``advice`` is the
    top advice title (None: not computed yet)."""
    person = listing.person(position)
    degree = Degree(int(listing.degree[position]))
    mutual = int(listing.mutual[position])
    follows = (bool(listing.follows_me[position]), bool(listing.i_follow[position]))
    return ContactRow(
        person_id=person.id,
        name=display_name(person.first_name, person.last_name, degree,
                          person.full_name_visible, fallback=person.full_name),
        degree=degree.label,
        degree_key=BADGES.get(degree, "out"),
        follow=FOLLOW_MARKS[follows],
        work=" · ".join(part for part in (person.company, person.position) if part),
        mutual=str(mutual) if mutual else "",
        last=age(listing.last_contact[position], day or today()),
        advice="…" if advice is None else advice,
    )
