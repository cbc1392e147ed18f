"""What one line of the contact list says, as plain cells (no markup is ever parsed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.dates import today
from coach.listing import ContactListing
from coach.model import Degree
from coach.naming import display_name
from coach.wording.vocabulary import shown_name

BADGES = {Degree.FIRST: "first", Degree.SECOND: "second", Degree.THIRD: "third",
          Degree.OUT_OF_NETWORK: "out"}
"""The style of each degree's badge (a component class of the list)."""

FOLLOW_MARKS = {(True, True): "⇄", (True, False): "←", (False, True): "→", (False, False): " "}
"""⇄ we follow each other, ← they follow me, → I follow them."""

HEADINGS = {"name": "Name as shown", "degree": "Deg", "follow": "⇄", "work": "Company · position",
            "mutual": "Shared", "last": "Last", "advice": "Top advice"}

HEADINGS_FR = {"name": "Nom affiché", "degree": "Deg", "follow": "⇄",
               "work": "Entreprise · poste", "mutual": "Comm.", "last": "Dern.",
               "advice": "Conseil principal"}

BADGES_FR = {Degree.ME: "vous", Degree.FIRST: "1er", Degree.SECOND: "2e", Degree.THIRD: "3e",
             Degree.OUT_OF_NETWORK: "—"}
"""The degree column in French (three cells: out of network is a dash; the detail pane
says "hors réseau")."""

_AGE_UNITS = {"en": ("today", "d", "w", "mo", "y"), "fr": ("auj.", "j", "sem", "m", "a")}


def headings(language: str = "en") -> dict[str, str]:
    """The column headings in ``language``."""
    return HEADINGS_FR if language == "fr" else HEADINGS


def age(when: str | None, day: date, language: str = "en") -> str:
    """How long ago, in at most five cells: today, 3d, 2w, 5mo, 2y (auj., 3j, 2sem, 5m,
    2a in French)."""
    today_word, d, w, mo, y = _AGE_UNITS.get(language, _AGE_UNITS["en"])
    if not when:
        return ""
    try:
        then = date.fromisoformat(when[:10])
    except ValueError:
        return ""
    days = (day - then).days
    if days <= 0:
        return today_word
    if days < 14:
        return f"{days}{d}"
    if days < 60:
        return f"{days // 7}{w}"
    if days < 730:
        return f"{days // 30}{mo}"
    return f"{days // 365}{y}"


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
                day: date | None = None, language: str = "en") -> ContactRow:
    """The cells for the contact at one listing position, read from the listing's arrays
    (no Contact is built: a page of the list is drawn at every scroll); ``advice`` is the
    top advice title (None: not computed yet); ``language``: of the badge and the age."""
    person = listing.listed(position)  # what a line shows: no Person, no details read
    degree = Degree(int(listing.degree[position]))
    mutual = int(listing.mutual[position])
    follows = (bool(listing.follows_me[position]), bool(listing.i_follow[position]))
    name = display_name(person.first_name, person.last_name, degree, person.full_name_visible,
                        fallback=person.full_name,
                        shares_group=bool(listing.network.shares_group[listing.indices[position]]))
    french = language == "fr"
    return ContactRow(
        person_id=person.id,
        name=shown_name(name, language) if french else name,
        degree=BADGES_FR[degree] if french else degree.label,
        degree_key=BADGES.get(degree, "out"),
        follow=FOLLOW_MARKS[follows],
        work=" · ".join(part for part in (person.company, person.position) if part),
        mutual=str(mutual) if mutual else "",
        last=age(listing.last_contact[position], day or today(), language),
        advice="…" if advice is None else advice,
    )
