"""Add a person by hand, as ``coach add`` does: someone seen on LinkedIn or met in person.

The fields are those of ``coach add``; the service (``service.by_hand.add``) checks and
writes them in one transaction. What it refuses (a bad profile URL, a shared connection that
is not exactly one of your 1st-degree connections) is said in the dialog, which stays open
with what was typed: nothing was written.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from coach.logbook import BadLogInput
from coach.model import Degree
from coach.service.by_hand import Added, AmbiguousName
from coach.tui.failures import one_line
from coach.tui.worded import worded_bindings
from coach.wording import Wording
from coach.wording.outcomes import said
from coach.wording.vocabulary import degree_words

FIELDS = (  # id, label, placeholder
    ("name", "Name", "first and last name, as LinkedIn shows it (required)"),
    ("url", "Profile URL", "https://www.linkedin.com/in/…"),
    ("degree", "Degree", ""),
    ("mutual", "Shared connections", "names of your connections, separated by commas"),
    ("follows", "Follows", ""),
    ("company", "Company", ""),
    ("position", "Position", ""),
    ("note", "Note", "what you want to remember (Enter adds)"),
)
DEGREES = (Degree.FIRST, Degree.SECOND, Degree.THIRD, Degree.OUT_OF_NETWORK)
MAX_CANDIDATES = 12


class AddPersonDialog(ModalScreen[Added | None]):
    """Returns what was added (``Added``) or None (Esc). Enter goes to the next field, and
    adds on the last one (the note) or on the Add button."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="add_person.cancel")]
    DEFAULT_CSS = """
    AddPersonDialog { align: center middle; }
    AddPersonDialog > VerticalScroll { width: 90; max-width: 100%; height: auto;
        max-height: 100%; border: thick $primary; background: $surface; padding: 0 1; }
    AddPersonDialog Grid { grid-size: 2; grid-columns: 22 1fr; grid-rows: 1;
        height: auto; margin: 1 0 0 0; }
    AddPersonDialog #add-follows { height: 1; }
    AddPersonDialog #add-follows Checkbox { width: auto; margin: 0 2 0 0; }
    AddPersonDialog #add-problem { margin: 1 0 0 0; height: auto; display: none; }
    AddPersonDialog #add-buttons { height: 1; margin: 1 0 0 0; align: right middle; }
    AddPersonDialog #add-buttons Button { margin: 0 0 0 2; min-width: 0; width: auto; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.problem = ""  # what the service refused, as shown (plain text)

    @property
    def words(self) -> Wording:
        return self.app.words

    def compose(self) -> ComposeResult:
        w = self.words
        with VerticalScroll():
            yield Static(Text(w("Add a person"), style="bold"))
            if self.app.service.is_demo:
                yield Static(Text(w("This is the demo network: what you add here is not "
                                    "kept."), style="yellow"))
            yield Static(Text(w("Someone seen on LinkedIn or met in person. Enter: next "
                                "field; on the note, or on Add, it adds. Esc cancels."),
                              style="dim"))
            with Grid():
                for field_id, label, placeholder in FIELDS:
                    yield Label(w(label))
                    if field_id == "degree":
                        yield Select([(degree_words(degree, w.language), degree.label)
                                      for degree in DEGREES], prompt=w("unknown"),
                                     compact=True, id="add-degree")
                    elif field_id == "follows":
                        with Horizontal(id="add-follows"):
                            yield Checkbox(w("follows me"), compact=True, id="add-follows-me")
                            yield Checkbox(w("I follow them"), compact=True, id="add-i-follow")
                    else:
                        shown = placeholder if placeholder.startswith("http") else \
                            w(placeholder) if placeholder else ""
                        yield Input(placeholder=shown,
                                    compact=True, id=f"add-{field_id}")
            yield Static(id="add-problem")
            with Horizontal(id="add-buttons"):
                yield Button(w("Add"), variant="primary", compact=True, id="add-add")
                yield Button(w("Cancel"), compact=True, id="add-cancel")

    def on_mount(self) -> None:
        self.query_one("#add-name", Input).focus()

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.words)

    def value(self, field_id: str) -> str:
        return self.query_one(f"#add-{field_id}", Input).value.strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "add-note":
            self.add()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "add-add":
            self.add()
        else:
            self.dismiss(None)

    def add(self) -> None:
        """Pass the fields on to the service; close on success, else say what it refused."""
        w = self.words
        if not self.value("name"):
            self.say(w("A person needs a name."), "name")
            return
        chosen = self.query_one("#add-degree", Select).value
        degree = Degree.parse(chosen) if isinstance(chosen, str) else None
        mutual = [name for name in re.split(r"[,;]", self.value("mutual")) if name.strip()]
        try:
            added = self.app.service.by_hand.add(
                self.value("name"), url=self.value("url") or None, degree=degree,
                mutual=mutual, follows_me=self.query_one("#add-follows-me", Checkbox).value,
                i_follow=self.query_one("#add-i-follow", Checkbox).value,
                note=self.value("note"), company=self.value("company"),
                position=self.value("position"))
        except AmbiguousName as error:
            self.say(ambiguous_words(error, w), "mutual")
            return
        except BadLogInput as error:
            url = self.value("url")
            if str(error) == f"not a LinkedIn profile URL: {url!r}":
                self.say(w("not a LinkedIn profile URL: {url!r}", url=url), "url")
            else:
                self.say(said(str(error), w), "name")
            return
        except Exception as error:  # noqa: BLE001 (a damaged store: nothing written)
            self.say(w("Adding failed: {reason}. Nothing was written.",
                       reason=one_line(error)), "name")
            return
        self.dismiss(added)

    def say(self, problem: str, field_id: str) -> None:
        """Show what was refused (plain text: names are never markup) and go to its field."""
        self.problem = problem
        shown = self.query_one("#add-problem", Static)
        shown.update(Text(problem, style="bold red"))
        shown.display = True
        self.query_one(f"#add-{field_id}", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


def ambiguous_words(error: AmbiguousName, w: Wording) -> str:
    """A shared connection that is not exactly one of my connections, and the candidates."""
    if not error.candidates:
        return w("{name!r} is none of your 1st-degree connections: name a connection "
                 "(or import them first)", name=error.name)
    lines = [w("{name!r} matches several of your connections; use the id, e.g. #{id}:",
               name=error.name, id=error.candidates[0].id)]
    lines += [f"  #{person.id:<6} {person.full_name}"
              for person in error.candidates[:MAX_CANDIDATES]]
    if len(error.candidates) > MAX_CANDIDATES:
        lines.append("  " + w("… and {n} more", n=len(error.candidates) - MAX_CANDIDATES))
    return "\n".join(lines)
