"""Tagging from the app: the picker for the highlighted contact, then the service's ``tag``."""

from __future__ import annotations

from coach.logbook import LogRefused
from coach.tui.failures import guarded
from coach.wording.outcomes import said


def pick_tags(screen) -> None:
    """Open the tag picker on the highlighted contact; save what changed through the service."""
    from coach.tui.screens.tag_dialog import TagDialog

    person_id = screen.contact_list.person_id
    if person_id is None:
        return
    service = screen.service
    name = service.contact(person_id).name
    screen.app.push_screen(TagDialog(name, service.tags_of(person_id), service.known_tags()),
                           lambda picked: picked and save_tags(screen, person_id, *picked))


@guarded("Tagging")  # a read-only or damaged store: nothing was stored, it says why
def save_tags(screen, person_id: int, added: list[str], removed: list[str]) -> None:
    """Add and take off tags through the service, and say what the person's tags are now."""
    w = screen.app.words
    if not added and not removed:
        return
    service = screen.service
    try:
        tags = service.tag(person_id, added) if added else service.tags_of(person_id)
        if removed:
            tags = service.tag(person_id, removed, remove=True)
    except LogRefused as error:
        screen.notify(said(str(error), w), title=w("Nothing was tagged"), severity="warning",
                      markup=False)
        return
    name = service.contact(person_id).name
    screen.notify(w("Tags of {name}: {tags}", name=name, tags=", ".join(tags))
                  if tags else w("{name} has no tag now", name=name), markup=False)
    screen.rebuild(keep=person_id)
