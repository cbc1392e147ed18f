"""Drafting from the app: the next message for the highlighted contact, from the service's
draft (the top advice's template), then logging it as sent through the same policy as
``coach log``."""

from __future__ import annotations

from coach.logbook import LogRefused
from coach.tui.failures import guarded
from coach.wording.outcomes import logged_words, said


@guarded("Drafting")
def start_draft(screen) -> None:
    """Open the draft dialog on the highlighted contact."""
    from coach.tui.screens.draft_dialog import DraftDialog

    person_id = screen.contact_list.person_id
    if person_id is None:
        return
    draft = screen.service.draft(person_id)
    screen.app.push_screen(DraftDialog(draft, lambda text: log_sent(screen, draft, text)))


def log_sent(screen, draft, text: str) -> bool:
    """Log the draft as sent (an invitation with its note, a message…) with whom it went to;
    False, saying why, when the policy refuses it (nothing is stored then)."""
    w = screen.app.words
    try:
        logged = screen.service.log(draft.to_id, draft.log_kind, note=text)
    except LogRefused as error:
        screen.app.notify(said(str(error), w), title=w("Not allowed: nothing was logged"),
                          severity="warning", markup=False)
        return False
    except Exception as error:  # a read-only or damaged store: nothing was stored
        screen.app.show_failure("Logging", error)
        return False
    screen.app.notify(logged_words(logged, w), markup=False)
    screen.rebuild(keep=draft.person_id)
    return True
