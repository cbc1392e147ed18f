"""What one line of the contact list says, as plain cells (no markup is ever parsed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.contacts import Contact
from coach.dates import today
from coach.model import Degree

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


def contact_row(contact: Contact, advice: str | None, day: date | None = None) -> ContactRow:
    """The cells for a contact; ``advice`` is the top advice title (None: not computed yet)."""
    person = contact.person
    work = " · ".join(part for part in (person.company, person.position) if part)
    mutual = str(contact.mutual_connections) if contact.mutual_connections else ""
    return ContactRow(
        person_id=contact.id,
        name=contact.display_name,
        degree=contact.degree.label,
        degree_key=BADGES.get(contact.degree, "out"),
        follow=FOLLOW_MARKS[(contact.follows_me, contact.i_follow)],
        work=work,
        mutual=mutual,
        last=age(contact.last_interaction, day or today()),
        advice="…" if advice is None else advice,
    )
