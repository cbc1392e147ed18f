"""Acting from the app's list: log an action with the highlighted contact, or keep a note.

Everything goes through the service, which refuses what the rules say is not possible
(nothing is stored then, and the notice says why), exactly as ``coach log`` and the coach
pane do; a note asks for its text first, and an optional date that makes it a reminder.
"""

from __future__ import annotations

from coach.logbook import BadLogInput, LogRefused
from coach.tui.failures import guarded
from coach.wording.outcomes import logged_words, said


def log_highlighted(screen, kind: str) -> None:
    """Log ``kind`` with the contact highlighted on the main screen (a note: ask first)."""
    person_id = screen.contact_list.person_id
    if person_id is None:
        return
    if kind == "note":  # a note is always allowed: ask for its text first
        from coach.tui.screens.note_dialog import NoteDialog

        contact = screen.service.contact(person_id)
        screen.app.push_screen(NoteDialog(contact.name),  # the stored name, never "LinkedIn Member"
                               lambda typed: typed and keep_note(screen, person_id, *typed))
        return
    log_with(screen, person_id, kind, "")


@guarded("Keeping a note")
def keep_note(screen, person_id: int, text: str, due: str) -> None:
    """A note, or a reminder when a due date was typed, through the service."""
    w = screen.app.words
    try:
        reminder = screen.service.follow_ups.note(person_id, text, due or None)
    except BadLogInput as error:
        screen.notify(said(str(error), w), title=w("Nothing was noted"), severity="warning",
                      markup=False)
        return
    name = screen.service.contact(person_id).name
    screen.notify(w("Reminder for {name}, due {day}: {text}", name=name, day=reminder.due_on,
                    text=text) if reminder
                  else w("Noted for {name}: {text}", name=name, text=text), markup=False)
    screen.rebuild(keep=person_id)


@guarded("Logging")  # a read-only or damaged store: nothing was stored, it says why
def log_with(screen, person_id: int, kind: str, note: str) -> None:
    """Log through the service, which refuses what the rules say is not possible."""
    w = screen.app.words
    try:
        logged = screen.service.log(person_id, kind, note=note)
    except LogRefused as error:
        screen.notify(said(str(error), w), title=w("Not allowed: nothing was logged"),
                      severity="warning", markup=False)
        return
    screen.notify(logged_words(logged, w), markup=False)
    screen.rebuild(keep=person_id)
