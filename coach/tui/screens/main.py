"""The main screen: filter chips, the contact list, the detail pane, banners and the footer."""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial

import numpy as np
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, Input

from coach.listing import SORTS, ContactListing, ListFilter
from coach.model import Degree
from coach.tui.acting import log_highlighted
from coach.tui.details import describe_contact
from coach.tui.failures import guarded
from coach.tui.footer_keys import fit_footer, refit_footer
from coach.tui.keys import GROW_KEYS, MAIN_KEYS, bindings, log_keys
from coach.tui.screens.main_list import ListShown
from coach.tui.widgets.coach_pane import CoachPane
from coach.tui.widgets.contact_list import ContactList
from coach.tui.widgets.detail_pane import DetailPane
from coach.tui.widgets.filter_bar import FilterBar
from coach.tui.widgets.keys_footer import KeysFooter
from coach.tui.widgets.notice_banner import NoticeBanner
from coach.tui.widgets.search_box import SearchBox
from coach.tui.worded import worded_bindings
from coach.wording import Wording

DETAIL_DELAY = 0.04
"""Seconds the cursor rests on a contact before the detail pane follows it."""


class MainScreen(ListShown, Screen):
    """Browse the network: everything shown comes from arrays built once per change."""

    BINDINGS = bindings(MAIN_KEYS + GROW_KEYS)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (120, "-wide")]
    """Classes of the screen by width (app.tcss: the coach pane overlays the list below 120
    columns, the detail pane narrows below 100)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = None  # the NetworkState on screen (a rebuild may already read the next)
        self.listing: ContactListing | None = None
        self._rows = None  # the contact list's row source for this listing
        self.wanted = ListFilter()
        self.top_advice: dict[int, object] | None = None
        self._detail_timer = None
        self._log_keys: dict[str, str] | None = None  # policy action → the key that logs it
        self._last_move = 0.0  # when the cursor last moved (monotonic seconds)
        self._pane_person: int | None = None  # whom the detail pane shows
        self._opened: set[str] = set()  # the pane's folded lists opened for them

    def compose(self) -> ComposeResult:
        yield Header()
        yield NoticeBanner(id="demo-banner")
        yield NoticeBanner(id="rules-banner")
        yield NoticeBanner(id="grow-banner")
        yield FilterBar(id="filters")
        yield SearchBox(placeholder=self.words("search names, companies, positions… (Enter: list, "
                                               "Esc: clear)"),
                        id="search", on_change=self._search_changed)
        with Horizontal(id="body"):
            yield ContactList(on_highlight=self._highlighted, id="contacts")
            yield DetailPane(id="detail")
            yield CoachPane(self.app.service, id="coach")
        yield KeysFooter()

    @property
    def service(self):
        """The network service: every list, profile and act of this screen comes from it."""
        return self.app.service

    @property
    def words(self) -> Wording:
        """The words of this screen, in the workspace's language."""
        return self.app.words

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language (the footer shows these), the
        essential ones only when the footer is too narrow for all (coach.tui.footer_keys)."""
        if not self.size.width:
            return self.active_bindings_unfitted
        return fit_footer(self.active_bindings_unfitted, self.size.width,
                          self.app.get_key_display)[0]

    @property
    def active_bindings_unfitted(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.words)

    def on_resize(self) -> None:
        refit_footer(self)

    @property
    def contact_list(self) -> ContactList:
        return self.query_one(ContactList)

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        if self.service.is_demo:
            self.query_one("#demo-banner", NoticeBanner).say([self.words.known(
                self.app.demo_banner)])
        self.contact_list.language = self.words.language
        self.contact_list.focus()
        self.query_one(FilterBar).say(self.words("Loading the network…"))
        self.rebuild()

    def leave_demo(self) -> None:
        """The app now shows the person's own workspace: no demo banner, no old cursor."""
        self.query_one("#demo-banner", NoticeBanner).say([])
        self.wanted = ListFilter(sort=self.wanted.sort)
        self.top_advice = None
        self.shown = self.listing = None
        self._rows = partial(self._row, None)  # ids of the demo mean nothing now
        self.contact_list.show(np.empty(0, dtype=np.int64), self._rows)

    # --- the highlighted contact -------------------------------------------------------

    def _highlighted(self, person_id: int | None) -> None:
        """Show the highlighted contact in the same frame after a pause; while a key is held
        (moves come faster than DETAIL_DELAY), only once the cursor rests."""
        if person_id is None:
            return
        now = time.monotonic()
        resting = now - self._last_move > DETAIL_DELAY and self._detail_timer is None
        self._last_move = now
        if resting:
            self.show_detail(person_id)
            return
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DELAY, partial(self.show_detail, person_id))

    def show_detail(self, person_id: int) -> None:
        """Fill the detail pane for one contact."""
        self._detail_timer = None
        if person_id != self.contact_list.person_id:
            return
        if self._log_keys is None:  # the keymap does not change while the app runs
            self._log_keys = log_keys(getattr(self.app, "keymap", {}))
        # The pane marks each action ✓/✗ with its key; the footer stays as it is (rebuilding
        # it on every move costs a frame), and a refused key says why when pressed.
        self._show_profile(person_id)

    @guarded("Showing this contact")
    def _show_profile(self, person_id: int) -> None:
        same = person_id == self._pane_person  # the same person again: the pane stays put
        if not same:
            self._pane_person, self._opened = person_id, set()
        service = self.service
        if not service.advice_ready():  # the list came first: the pane follows with the advice
            self.query_one(DetailPane).show_message(self.words("Working out the advice…"))
            return
        self.query_one(DetailPane).show(describe_contact(
            service.profile(person_id), self._log_keys, self.words,
            entries=service.history.entries(person_id),
            loops=service.follow_ups.open_loops_of(person_id),
            opened=frozenset(self._opened)), keep=same)

    # --- the detail pane -----------------------------------------------------------------

    def action_detail(self) -> None:
        self.query_one(DetailPane).focus()

    @on(DetailPane.Left)
    def _pane_left(self) -> None:
        self.contact_list.focus()

    @on(DetailPane.Opened)
    def _pane_opened(self, event: DetailPane.Opened) -> None:
        """Enter on a folded list: show it in full (Enter again on its first line folds it)."""
        self._opened ^= {event.part}
        if self.contact_list.person_id is not None:
            self.show_detail(self.contact_list.person_id)

    @on(DetailPane.DeleteAsked)
    def _pane_delete(self, event: DetailPane.DeleteAsked) -> None:
        from coach.tui.undoing import ask_to_delete

        if self._pane_person is not None:
            ask_to_delete(self, self._pane_person, event.entry_id)

    # --- filters and search --------------------------------------------------------------

    def _set(self, **changes) -> None:
        self.wanted = replace(self.wanted, **changes)
        self.apply_filter(keep=self.contact_list.person_id)

    def action_degree(self, level: int) -> None:
        self._set(degree=None if level == 0 else Degree(level))

    def action_followers(self) -> None:
        self._set(followers=not self.wanted.followers)

    def action_tag(self) -> None:
        tags = list(self.listing.tag_counts()) if self.listing else []
        if not tags:
            self.notify(self.words("No contact has a tag yet: `coach tag NAME close` adds one."),
                        markup=False)
            return
        current = self.wanted.tag
        following = tags[tags.index(current) + 1] if current in tags and \
            tags.index(current) + 1 < len(tags) else (None if current else tags[0])
        self._set(tag=following)

    def action_sort(self) -> None:
        self._set(sort=SORTS[(SORTS.index(self.wanted.sort) + 1) % len(SORTS)])

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        # Focused now, not after the keys already queued (Widget.focus waits for them):
        # "/dubois" typed fast or pasted must not reach the list, where "i" logs an invite.
        self.set_focus(box)

    def action_clear(self) -> None:
        self.wanted = ListFilter(sort=self.wanted.sort)  # first: the box then finds it cleared
        box = self.query_one("#search", Input)
        box.value = ""
        box.display = False
        self.apply_filter(keep=self.contact_list.person_id)
        self.contact_list.focus()

    def _search_changed(self, text: str) -> None:
        if text == self.wanted.search:
            return
        self.wanted = replace(self.wanted, search=text)
        self.apply_filter()

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.contact_list.focus()

    def on_key(self, event) -> None:
        box = self.query_one("#search", Input)
        if event.key == "escape" and box.has_focus:
            event.stop()
            self.action_clear()

    # --- acting --------------------------------------------------------------------------

    def _advice_pending(self) -> bool:
        """Whether the advice is still being worked out (then say so: acting waits for it)."""
        if self.service.advice_ready():
            return False
        self.notify(self.words("Working out the advice…"))
        return True

    def action_log(self, kind: str) -> None:
        """Log an action with the highlighted contact, or say why it is not allowed."""
        if not self._advice_pending():
            log_highlighted(self, kind)

    def action_tags(self) -> None:
        """Tag or untag the highlighted contact (a picker)."""
        from coach.tui.tagging import pick_tags

        pick_tags(self)

    def action_draft(self) -> None:
        """Draft the next message for the highlighted contact from their top advice."""
        from coach.tui.drafting import start_draft

        if not self._advice_pending():
            start_draft(self)

    # --- the coach pane --------------------------------------------------------------------

    def action_toggle_coach(self) -> None:
        if not self.query_one(CoachPane).toggle():
            self.contact_list.focus()

    @on(CoachPane.Left)
    def _coach_left(self) -> None:
        self.contact_list.focus()

    @on(CoachPane.Logged)
    def _coach_logged(self, event: CoachPane.Logged) -> None:
        """An action confirmed in the pane: refresh the list and the detail, as a log key does."""
        self.notify(event.summary, markup=False)
        self.rebuild(keep=event.person_id)

    def action_enrol(self, scope: str) -> None:
        """Enrol the highlighted contact, or everyone the filters show, in a scenario."""
        from coach.tui.enrolling import start_enrol

        if self._advice_pending():
            return
        if scope == "list":
            people = self.service.contacts(self.wanted, state=self.shown).person_ids() \
                if self.shown is not None else []
            start_enrol(self, people, self.words("the {n} contacts shown", n=len(people)))
        elif self.contact_list.person_id is not None:
            person_id = self.contact_list.person_id
            start_enrol(self, [person_id], self.service.contact(person_id).name)

    def action_add_person(self) -> None:
        """Add a person by hand (the dialog of ``coach add``)."""
        from coach.tui.growing import add_person

        add_person(self)

    def action_paste(self) -> None:
        """Paste a LinkedIn page: a preview of what it shows, then an import."""
        from coach.tui.growing import paste_page

        paste_page(self)

    def action_reload_rules(self) -> None:
        """``r``: read the rule files and the store again (the app also notices another
        process's writes by itself: coach.tui.live)."""
        self.app.reload_rules()
        self.app.refresh_data(said=False)

    def show_rule_problems(self, problems: list) -> None:
        """Show the rule files' problems in the banner (an empty list hides it)."""
        lines = [str(problem) for problem in problems[:6]]
        if len(problems) > 6:
            lines.append(self.words("… and {n} more (coach rules check)", n=len(problems) - 6))
        if lines:
            lines.insert(0, self.words("Rule files have problems; the last good rules stay in "
                                       "force:"))
        self.query_one("#rules-banner", NoticeBanner).say(lines, "error")

    def go_to(self, person_id: int) -> None:
        """Clear the filters and put the cursor on one person."""
        self._unfilter()
        self.apply_filter(keep=person_id)

    def rebuild_on(self, person_id: int) -> None:
        """Read the network again, then show everyone with the cursor on one person (just
        added: the filters might hide them)."""
        self._unfilter()
        self.rebuild(keep=person_id)

    def _unfilter(self) -> None:
        self.wanted = ListFilter(sort=self.wanted.sort)
        box = self.query_one("#search", Input)
        box.value = ""
        box.display = False
        self.contact_list.focus()
