"""The command palette: go to a contact, filters, rules (check, reload, edit), screens."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from coach.wording.vocabulary import badge

MAX_PEOPLE = 30


class CoachCommands(Provider):
    """Commands for the main screen; contacts are found by name as you type."""

    def _commands(self) -> list[tuple[str, str, object]]:
        """Each command's name, help text and callback, in the workspace's language."""
        app = self.app
        w = app.words
        screen = app.main_screen
        commands = [
            ("Show everyone", "all degrees", partial(screen.action_degree, 0)),
            ("Show 1st degree", "your connections", partial(screen.action_degree, 1)),
            ("Show 2nd degree", "friends of friends", partial(screen.action_degree, 2)),
            ("Show 3rd degree", "one step further", partial(screen.action_degree, 3)),
            ("Show out of network", "LinkedIn Members", partial(screen.action_degree, 4)),
            ("Toggle followers", "people who follow you", screen.action_followers),
            ("Next sort order", "degree, name, shared connections, last contact",
             screen.action_sort),
            ("Import a file", "LinkedIn export, CSV, edge list, GraphML…", app.action_import),
            ("Add a person…", "someone seen on LinkedIn or met in person",
             screen.action_add_person),
            ("Paste a LinkedIn page…", "search results, followers… copied from LinkedIn",
             screen.action_paste),
            ("Check and reload rules", "re-read the rule files now", app.reload_rules),
            ("Overview", "counts, followers, growth, invitations left", app.action_overview),
            ("Agenda", "today's scenario steps, and what waits", app.action_agenda),
            ("Reach a company", "who you know at a company, in a role or a city",
             partial(_reach, app)),
            ("Network map", "your circles and who links them", app.action_network_map),
            ("Enrol the highlighted contact in a scenario", "visit, invite, welcome…",
             partial(screen.action_enrol, "one")),
            ("Enrol everyone shown in a scenario", "after a confirmation",
             partial(screen.action_enrol, "list")),
            ("Help", "every key", app.action_help),
        ]
        commands = [(w(name), w(help_text), callback) for name, help_text, callback in commands]
        for path in app.service.rule_files():  # the workspace's copies first, each once
            commands.append((w("Edit rule file {name}", name=path.name), str(path),
                             partial(app.edit_rule_file, path)))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        screen = self.app.main_screen
        if screen.shown is None or len(query.strip()) < 2:
            return
        from coach.listing import ListFilter

        service = self.app.service
        found = service.contacts(ListFilter(search=query), state=screen.shown)
        for person_id in found.limited(MAX_PEOPLE).person_ids():
            contact = service.contact(person_id)
            label = self.app.words("Go to {name}", name=contact.name)  # as stored
            degree = badge(contact.degree, service.language)
            yield Hit(0.5, Content(label), partial(screen.go_to, person_id), text=label,
                      help=escape(f"{degree} · {contact.person.company}"))


def _reach(app) -> None:
    """Open the reach screen (imported when asked for)."""
    from coach.tui.screens.reach_screen import open_reach

    open_reach(app)
