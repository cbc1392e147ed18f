"""The coach pane: a conversation with the coach, the question box at the bottom.

Questions are answered in a thread (ranking the network may take a moment on large
networks); names and every answer line are shown as plain text, never as markup.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Static

if TYPE_CHECKING:  # the coach's package is imported when the pane is first used:
    from coach.coaching import Answer, Conversation  # the app's first frame comes sooner

GREETING = ("Ask me in plain words, in English or French: “how do I reach Léa?”, "
            "“qui inviter cette semaine ?”, “I invited Bob”… Type help for more. "
            "Esc goes back to the list.")
THINKING = "…"


class CoachPane(Vertical, can_focus=False):
    """Ask the coach; each question and answer is appended to the conversation above."""

    DEFAULT_CSS = """
    CoachPane { width: 36%; min-width: 36; border-left: tall $panel; display: none; }
    CoachPane.-open { display: block; }
    CoachPane > #coach-conversation { height: 1fr; padding: 0 1; }
    CoachPane > #coach-conversation > .question { color: $accent; text-style: bold;
                                                   margin-top: 1; }
    CoachPane > #coach-question { height: 3; }
    """
    BINDINGS = [Binding("escape", "leave", "Back to the list", show=False, id="coach.leave")]

    @dataclass
    class Logged(Message):
        """An action told in words was confirmed and stored for this person."""

        person_id: int
        summary: str

    @dataclass
    class Left(Message):
        """The person left the question box (Esc)."""

    def __init__(self, service, **options) -> None:
        super().__init__(**options)
        self._service = service
        self._conversation: Conversation | None = None
        self._lock = threading.Lock()
        self.transcript: list[str] = []

    @property
    def conversation(self) -> Conversation:
        """The conversation with the coach, begun on the first question."""
        service = getattr(self.app, "service", self._service)
        if self._conversation is None or service is not self._service:
            self._service = service  # the app may have left the demo for the real data
            self._conversation = service.conversation()
        return self._conversation

    def compose(self):
        with VerticalScroll(id="coach-conversation"):
            yield Static(Text(self.app.words(GREETING), style="italic"), classes="greeting")
        yield Input(placeholder=self.app.words("Ask the coach… (Enter: ask, Esc: back to the "
                                               "list)"),
                    id="coach-question")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def toggle(self) -> bool:
        """Open or close the pane; opening puts the cursor in the question box."""
        self.set_class(not self.is_open, "-open")
        if self.is_open:  # focused now: keys typed fast after the opening key are questions
            self.screen.set_focus(self.query_one("#coach-question", Input))
        return self.is_open

    def action_leave(self) -> None:
        self.post_message(self.Left())

    @on(Input.Submitted, "#coach-question")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        question = event.value.strip()
        if not question:
            return
        event.input.value = ""
        self._append(question, "question")
        self._answer(question)

    @work(thread=True, group="coach")
    def _answer(self, question: str) -> None:
        with self._lock:  # one question at a time: the conversation remembers the thread
            try:
                answer = self.conversation.ask(question)
            except Exception as error:  # the pane never shows a traceback
                self.app.call_from_thread(self._append, f"Sorry, something went wrong: {error}",
                                          "error")
                return
        self.app.call_from_thread(self._show, answer)

    def _show(self, answer: Answer) -> None:
        self._append(answer.text, "answer")
        from coach.coaching.answer import STORED

        if answer.outcome == STORED and answer.people:
            self.post_message(self.Logged(answer.people[0], answer.lines[0]))

    def _append(self, text: str, kind: str) -> None:
        self.transcript.append(text)
        conversation = self.query_one("#coach-conversation", VerticalScroll)
        conversation.mount(Static(Text(text), classes=kind))
        conversation.scroll_end(animate=False)

    @property
    def shown(self) -> str:
        """The whole conversation as plain text (for tests and screen readers)."""
        return "\n".join(self.transcript)
