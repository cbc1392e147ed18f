"""Taking back from the app: ctrl+z undoes the last act of this session, and the detail
pane deletes one entry of a person's history after a question.

Both go through ``service.history``, which decides what may be undone and keeps every
deletion as an act (so ctrl+z brings a deleted entry back); the network is then read again
off the event loop, the cursor on the same person, as after a log.
"""

from __future__ import annotations

from coach.service.history import NothingToUndo
from coach.tui.failures import guarded
from coach.wording.history import entry_words, undone_words
from coach.wording.outcomes import said


@guarded("Undoing")  # a read-only or damaged store: nothing changed, it says why
def undo_last(screen) -> None:
    """Undo the last act of this app's session and say what was undone, or why nothing."""
    service = screen.service
    w = screen.app.words
    try:
        undone = service.history.undo(service.history.session)
    except NothingToUndo as error:
        screen.notify(said(str(error), w), title=w("Nothing was undone"), severity="warning",
                      markup=False)
        return
    screen.notify(undone_words(undone, service.contact(undone.person_id).name, w),
                  markup=False)
    screen.rebuild(keep=screen.contact_list.person_id)


def ask_to_delete(screen, person_id: int, entry_id: str) -> None:
    """Ask "Delete 'visited, by you' of 2026-11-20? y/n", then delete it if the answer is y."""
    from coach.tui.screens.confirm_dialog import ConfirmDialog

    w = screen.app.words
    entry = next((e for e in screen.service.history.entries(person_id) if e.id == entry_id),
                 None)
    if entry is None:  # gone since the pane was drawn (another process, an undo)
        return
    what = entry_words(entry, w)
    question = w("Delete '{what}' of {day} from the history of {name}? y/n", what=what,
                 day=entry.at[:10], name=screen.service.contact(person_id).name)
    screen.app.push_screen(ConfirmDialog(question),
                           lambda yes: yes and delete_entry(screen, person_id, entry_id))


@guarded("Deleting a history entry")
def delete_entry(screen, person_id: int, entry_id: str) -> None:
    """Delete one entry through the service, say it and that ctrl+z brings it back."""
    w = screen.app.words
    try:
        entry = screen.service.history.delete(person_id, entry_id)
    except LookupError as error:
        screen.notify(said(str(error), w), title=w("Nothing was deleted"), severity="warning",
                      markup=False)
        return
    screen.notify(w("Deleted '{what}' of {day} from the history of {name}: ctrl+z brings it "
                    "back", what=entry_words(entry, w), day=entry.at[:10],
                    name=screen.service.contact(person_id).name), markup=False)
    screen.rebuild(keep=person_id)
