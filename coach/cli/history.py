"""``coach history QUERY [--delete ID]`` and ``coach undo``: what was done, and taking it back."""

from __future__ import annotations

from coach.cli.errors import NOT_FOUND, CommandError
from coach.cli.opening import open_writable, resolve_person
from coach.cli.output import print_json
from coach.service.history import NothingToUndo
from coach.wording import Wording
from coach.wording.history import entry_words, undone_words


def history_command(args) -> int:
    """List a person's history, or delete one entry of it (exit 1: no such entry)."""
    with open_writable(args) as service:
        w = Wording(service.language)
        person = resolve_person(service, args.query)
        if args.delete:
            try:
                entry = service.history.delete(person.id, args.delete)
            except LookupError:
                raise CommandError("no entry {id!r} in the history of {name} (`coach history "
                                   "QUERY` lists them)", NOT_FOUND, id=args.delete,
                                   name=person.full_name) from None
            if args.json:
                print_json({"deleted": entry.to_json(), "person": person.id})
            else:
                print(w("Deleted {id} from the history of {name}: {what} (coach undo brings "
                        "it back)", id=entry.id, name=person.full_name,
                        what=entry_words(entry, w)))
            return 0
        entries = service.history.entries(person.id)
        if args.json:
            print_json({"person": person.id, "name": person.full_name,
                        "entries": [entry.to_json() for entry in entries]})
            return 0
        if not entries:
            print(w("No history with {name} yet.", name=person.full_name))
            return 0
        print(w("History of {name}, newest first:", name=person.full_name))
        width = max(len(entry.id) for entry in entries)
        for entry in entries:
            print(f"  {entry.id:<{width}}  {entry.at[:16].replace('T', ' '):<16}  "
                  f"{entry_words(entry, w)}")
        print(w("Delete an entry: coach history {query} --delete ID (coach undo brings it "
                "back)", query=_quoted(args.query)))
    return 0


def undo_command(args) -> int:
    """Take back the latest log, tag, note or deletion (exit 1 when there is none)."""
    with open_writable(args) as service:
        w = Wording(service.language)
        try:
            undone = service.history.undo()
        except NothingToUndo as error:
            raise CommandError(str(error), NOT_FOUND) from None
        name = service.contact(undone.person_id).name
        if args.json:
            print_json({"act": undone.act_id, "person": undone.person_id, "kind": undone.kind,
                        "detail": undone.detail, "done_at": undone.at})
        else:
            print(undone_words(undone, name, w))
    return 0


def _quoted(query: str) -> str:
    return f'"{query}"' if " " in query else query
