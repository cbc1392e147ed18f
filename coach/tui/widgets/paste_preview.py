"""The people a pasted page shows, as a table, before anything is written.

Rows are the ``to_json()`` of each person the parser read. The known fields come first, in
words (name, degree, mutual connections, named mutuals, headline, follower state); any
other field the parser gives (location, current job, an invitation's age…) follows as a
column of its own, shown as text, so a field added to the parser shows without a change
here. Cells are plain text: a name with ``[`` in it is never read as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from coach.model import Degree
from coach.wording import Wording
from coach.wording.vocabulary import badge

COLUMNS = (  # key of to_json → heading
    ("name", "name"),
    ("degree", "degree"),
    ("mutual_connections", "mutual"),
    ("named_mutual_connections", "named mutual connections"),
    ("headline", "headline"),
)
FOLLOWS = ("follows_me", "i_follow")
NOT_SHOWN = ("line",  # where the person starts in the text: not about them
             "invited_on", "invited_on_approximate")  # shown in the invitation's cell
MAX_CELL = 48


class PastePreview(DataTable):
    """A read-only table of the people recognised in a pasted page."""

    DEFAULT_CSS = """
    PastePreview { height: auto; max-height: 14; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, zebra_stripes=True, cursor_type="row")
        self.keys: list[str] = []  # the to_json keys of the columns shown, in order

    def show(self, people: list[dict], words: Wording) -> None:
        """Show these people (``PastedPerson.to_json()`` each); an empty list clears."""
        self.clear(columns=True)
        self.keys = []
        if not people:
            return
        said = {key for person in people for key, value in person.items()
                if value not in (None, "", [], {})}  # a column the page says nothing in: left out
        extra = [key for person in people for key in person
                 if key in said and key not in dict(COLUMNS) and key not in FOLLOWS
                 and key not in NOT_SHOWN]
        keys = [key for key, _ in COLUMNS if key in said or key in ("name", "degree")]
        if said & set(FOLLOWS):
            keys.append("follower")
        keys += list(dict.fromkeys(extra))
        headings = dict(COLUMNS)
        for key in keys:
            self.add_column(Text(words(headings[key]) if key in headings else
                                 words(key) if key == "follower" else
                                 words.known(key.replace("_", " "))), key=key)
        self.add_rows([Text(cell_words(person, key, words)) for key in keys]
                      for person in people)
        self.keys = keys

    def shown_rows(self) -> list[list[str]]:
        """The rows as shown, as plain text (for tests and screen readers)."""
        return [[str(cell) for cell in self.get_row_at(row)] for row in range(self.row_count)]


def cell_words(person: dict, key: str, w: Wording) -> str:
    """One cell: a value of ``to_json()`` in words; what the text did not say stays blank."""
    if key == "follower":
        return follower_words(person.get("follows_me"), person.get("i_follow"), w)
    if key == "invitation" and person.get("invitation") in ("received", "sent"):
        return invitation_words(person, w)
    value = person.get(key)
    if key == "name" and not value:
        return w("(LinkedIn Member)")
    if key == "degree" and isinstance(value, str):
        try:
            return badge(Degree.parse(value), w.language)
        except ValueError:
            return value
    return _text(value, w)[:MAX_CELL]


def follower_words(follows_me: object, i_follow: object, w: Wording) -> str:
    """Who follows whom, as far as the page says."""
    if follows_me and i_follow:
        return w("follows you, you follow back")
    if follows_me:
        return w("follows you")
    if i_follow:
        return w("you follow")
    return ""


def invitation_words(person: dict, w: Wording) -> str:
    """A pending invitation: received or sent, and when, as far as the page says."""
    received = person["invitation"] == "received"
    day = person.get("invited_on")
    if not day:
        return w("received" if received else "sent")
    if person.get("invited_on_approximate"):
        return w("received about {day}" if received else "sent about {day}", day=day)
    return w("received {day}" if received else "sent {day}", day=day)


def _text(value: object, w: Wording) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return w.yes(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(item, w) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_text(item, w)}" for key, item in value.items())
    if isinstance(value, int):
        return w.number(value)
    return " ".join(str(value).split())
