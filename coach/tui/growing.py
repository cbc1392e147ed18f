"""Growing the network from the app: add a person by hand, or paste a LinkedIn page.

The dialogs pass on what the person typed or pasted to the service (``by_hand.add``,
``paste``), which decides and writes in one transaction; here the network is read again,
off the event loop, and the cursor put on the person added.
"""

from __future__ import annotations


def add_person(screen) -> None:
    """Open the dialog to add a person; once added, say so and go to them."""
    from coach.tui.screens.add_person_dialog import AddPersonDialog

    screen.app.push_screen(AddPersonDialog(), lambda added: added and person_added(screen, added))


def person_added(screen, added) -> None:
    """A notice with the name as stored, then the list read again, on the person added."""
    w = screen.app.words
    message = w("Added {name}" if added.new else "Updated {name}", name=added.name)
    if added.linked_through:
        message += "\n" + w("Shared connections: {names}", names=", ".join(added.linked_through))
    screen.notify(message, markup=False)
    screen.rebuild_on(added.person_id)


def paste_page(screen) -> None:
    """Open the dialog to paste a LinkedIn page; read the network again if it imported."""
    from coach.tui.screens.paste_dialog import PasteDialog

    screen.app.push_screen(PasteDialog(screen.service.home),
                           lambda imported: imported and screen.rebuild())
