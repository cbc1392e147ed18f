"""The main screen's list: read off the event loop, shown, filtered and searched.

A mixin of :class:`coach.tui.screens.main.MainScreen`: the state is read in a thread (a first
look at once, then everyone with their advice), and a filter or a search is shown from the
service's answer. On a very large network a typed search shows its first rows within the
key and the rest once ordered in a thread; a filter over a search is answered in a thread."""

from __future__ import annotations

import threading
from functools import partial

from textual import work

from coach.heap import building
from coach.listing import ContactListing, ListFilter
from coach.overview import GROW_HINT
from coach.tui.failures import guarded
from coach.tui.rows import contact_row
from coach.tui.widgets.detail_pane import DetailPane
from coach.tui.widgets.filter_bar import FilterBar
from coach.tui.widgets.notice_banner import NoticeBanner
from coach.tui.worded import filter_words

FIRST_LOOK_WAIT = 0.5
"""At most this long (s) the rebuild waits for the first look to be drawn before reading the
whole state (which holds the interpreter for seconds on a large network)."""
FIRST_ROWS = 200
"""Rows of a broad search's answer shown before the rest is ordered (more than a screen)."""


class ListShown:
    """Reading the network and showing its list (``service``, ``words``, ``wanted``,
    ``contact_list`` and ``show_detail`` come from the screen)."""

    # --- building (off the event loop) ---------------------------------------------------

    @work(thread=True, exclusive=True, group="rebuild", exit_on_error=False)
    @guarded("Reading the network")
    def rebuild(self, keep: int | None = None, read: bool = True) -> None:
        """Read the store again (or, ``read`` false, take the service's state, just read by
        another screen), show the new listing, then the advice column, in a thread. If
        reading fails, the last good state stays on screen (see ``guarded``)."""
        service = self.service
        with building():  # millions of long-lived objects: no collector passes over them
            preview, last_good = None, self.shown
            if read and self.wanted.first_look_answers:
                try:
                    preview = service.preview()  # the list at once; the whole state follows
                    service.contacts(self.wanted, state=preview)  # its order, worked out here
                    self.app.call_from_thread(self._show_state, preview, keep)
                    drawn = threading.Event()  # on screen before the heavy reading takes the GIL
                    self.app.call_from_thread(self.call_after_refresh, drawn.set)
                    drawn.wait(FIRST_LOOK_WAIT)
                finally:
                    self.app.first_look.set()  # the rules may be read now (CoachApp)
                keep = None  # then the cursor stays where the person put it
            else:
                self.app.first_look.set()
            try:
                state = service.rebuild(preview) if read else service.state
            except Exception:
                if preview is not None and last_good is not None:  # back to the last good
                    self.app.call_from_thread(self._show_state, last_good, None)
                raise
            preview = last_good = None  # replaced: not held while the advice is worked out
            service.contacts(self.wanted, state=state)  # the order, off the event loop
            self.app.call_from_thread(self._show_state, state, keep)
            state.listing.prepare_search()  # ready before the first key
            service.follow_ups.open_loops_of(-1)  # the pane asks for one person's on every move
            top = service.top_advice()
        self.app.call_from_thread(self._show_advice, top)

    @work(thread=True, exclusive=True, group="readvise", exit_on_error=False)
    @guarded("Ranking the advice")  # never cancels a rebuild
    def readvise(self) -> None:
        """The rules changed, not the network: recompute only the advice, in a thread."""
        if self.listing is not None:
            with building():
                top = self.service.top_advice()
                self.service.follow_ups.open_loops_of(-1)
            self.app.call_from_thread(self._show_advice, top)

    def _show_state(self, state, keep: int | None) -> None:
        self.shown = state
        thin = not self.service.is_demo and state.thin
        self.query_one("#grow-banner", NoticeBanner).say([self.words(GROW_HINT)] if thin else [])
        listing = self.listing = state.listing
        self._rows = partial(self._row, listing)  # one row source per listing: see ContactList.show
        self.apply_filter(keep=keep if keep is not None else self.contact_list.person_id)

    def _show_advice(self, top: dict) -> None:
        self.top_advice = top
        self.contact_list.forget_rows()
        if self.contact_list.person_id is not None:  # the pane's advice may have changed too
            self.show_detail(self.contact_list.person_id)

    def apply_filter(self, keep: int | None = None) -> None:
        """Show the contacts the current filter selects; keep the cursor on ``keep``."""
        listing = self.listing
        if listing is None or (self.shown.preview and not self.wanted.first_look_answers):
            return  # a first look does not search: the whole state, coming, will
        wanted, state, service = self.wanted, self.shown, self.service
        if service.contacts_at_once(wanted, state=state):
            self._show_page(service.contacts(wanted, state=state), keep)
        elif keep is None:  # typing a search on a very large network: its first rows now
            first, total = service.first_contacts(wanted, FIRST_ROWS, state=state)
            self._show_page(first, None, total)
            if len(first) < total:  # the rest once this frame is drawn (it holds the GIL)
                self.call_after_refresh(self._complete_in_thread, wanted, state)
        else:
            self._select_in_thread(wanted, state, keep)

    @work(thread=True, exclusive=True, group="select", exit_on_error=False)
    @guarded("Searching")
    def _select_in_thread(self, wanted: ListFilter, state, keep: int | None) -> None:
        """A filter over a search not answered yet on a very large network (ordering a
        broad search's hits takes tens of ms at 1M people), off the event loop: the
        chip changes at once, the list follows; a newer key wins."""
        if wanted == self.wanted and state is self.shown:  # else already replaced: skip
            page = self.service.contacts(wanted, state=state)
            self.app.call_from_thread(self._selected_in_thread, wanted, state, page, keep)

    @work(thread=True, exclusive=True, group="select", exit_on_error=False)
    @guarded("Searching")
    def _complete_in_thread(self, wanted: ListFilter, state) -> None:
        """The rest of a search's rows, after its first rows are shown."""
        if wanted == self.wanted and state is self.shown:
            page = self.service.contacts(wanted, state=state)
            self.app.call_from_thread(self._selected_in_thread, wanted, state, page, None,
                                      True)

    def _selected_in_thread(self, wanted: ListFilter, state, page, keep: int | None,
                            rest: bool = False) -> None:
        if wanted == self.wanted and state is self.shown:
            if rest:  # after the first rows: the cursor stays where the person put it
                self.contact_list.complete(page.positions)
            else:
                self._show_page(page, keep)

    def _show_page(self, page, keep: int | None, total: int | None = None) -> None:
        """Show one page of contacts (a filter's answer); keep the cursor on ``keep``.
        ``total``: the page is the first rows of an answer this long (the rest follows)."""
        listing = self.listing
        positions = page.positions
        shown = len(positions) if total is None else total
        row = (page.row_of(keep) if keep is not None else None) or 0
        self.contact_list.show(positions, self._rows, row, shown)
        words = self.words
        self.query_one(FilterBar).show(self.wanted, listing.degree_counts(),
                                       listing.follower_count(), listing.tag_counts(),
                                       shown, words)
        if not shown:
            self.query_one(DetailPane).show_message(words(
                "No contact matches {filters}. Press Esc to clear the filters.",
                filters=filter_words(self.wanted, words)))

    def _row(self, listing: ContactListing, position: int):
        person_id = listing.person_id(position)
        advice = None
        if self.top_advice is not None:
            top = self.top_advice.get(person_id)
            advice = top.title if top is not None else ""
        return contact_row(listing, position, advice, language=self.contact_list.language)
