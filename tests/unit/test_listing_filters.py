"""The list's filters laid out in each order (issue 19: filter keys at 1M): every filter,
sort and search selects what a scan of everyone selects, the kept row is the person's row,
and a profile names people as their contact does."""

from __future__ import annotations

from itertools import product

import pytest

from coach.listing import SORTS, ContactListing, ListFilter
from coach.model import Degree
from coach.naming import fold
from coach.service import NetworkService
from tests.unit.test_listing_search import searched_text

HOSTILE = "Eve\x1b[31mRed"


@pytest.fixture
def service(demo_workspace) -> NetworkService:
    """The demo with tags, a follower, a hostile name (2nd degree), a hidden 3rd degree."""
    store = demo_workspace.store
    me = store.me
    hostile = store.people.upsert(ref="hostile", first_name=HOSTILE, last_name="Zed").id
    hidden = store.people.upsert(ref="hidden", first_name="Ina", last_name="Quist").id
    store.hints.set(hostile, 2, 4, "2026-11-20", "test")
    store.hints.set(hidden, 3, 0, "2026-11-20", "test")
    store.follows.set(hostile, me)
    people = [person.id for person in store.people.all() if person.id != me]
    for at, person_id in enumerate(people):
        if at % 3 == 0:
            store.tags.add(person_id, "close")
        if at % 5 == 0:
            store.tags.add(person_id, "client")
    store.tags.add(hostile, "close")
    return NetworkService(demo_workspace, eager=True)


def scanned(listing: ContactListing, wanted: ListFilter) -> list[int]:
    """What a filter must give, testing every contact one by one in the sort's order."""
    tags = listing.roster.tags
    words = fold(wanted.search).split()
    chosen = []
    for position in listing.order(wanted.sort).tolist():
        person_id = listing.person_id(position)
        if wanted.degree is not None and int(listing.degree[position]) != int(wanted.degree):
            continue
        if wanted.followers and not listing.follows_me[position]:
            continue
        if wanted.tag and wanted.tag not in tags.get(person_id, []):
            continue
        if words and not all(word in searched_text(listing, position) for word in words):
            continue
        chosen.append(position)
    if not words:
        return chosen

    def tier(position: int) -> int:
        name = " " + listing.names[position]
        if all(" " + word in name for word in words):
            return 0
        return 1 if all(word in name for word in words) else 2

    return sorted(chosen, key=tier)


def test_every_filter_selects_what_a_scan_of_everyone_selects(service):
    listing = service.state.listing
    one_shot = ContactListing(service.state.roster, eager=False)  # sorts only the chosen
    degrees = [None, *(degree for degree in Degree if degree is not Degree.ME)]
    filters = [ListFilter(degree=degree, followers=followers, tag=tag, search=search, sort=sort)
               for degree, followers, tag, search, sort in product(
                   degrees, (False, True), (None, "close", "client", "nobody"),
                   ("", "a", "zed"), SORTS)]
    seen = set()
    for wanted in filters:
        got = listing.select(wanted).tolist()
        assert got == scanned(listing, wanted), wanted
        assert one_shot.person_ids[one_shot.select(wanted)].tolist() == \
            listing.person_ids[got].tolist(), wanted
        seen.add(len(got))
    assert len(seen) > 10  # the filters select many different sets, some empty
    assert 0 in seen
    everyone = listing.select(ListFilter())
    assert everyone.tolist() == listing.order("degree").tolist()
    assert not everyone.flags.writeable  # shared: nobody may change it


def test_the_kept_row_is_the_persons_row_in_any_selection(service):
    listing = service.state.listing
    for wanted in (ListFilter(), ListFilter(degree=Degree.SECOND), ListFilter(tag="close"),
                   ListFilter(search="zed"), ListFilter(followers=True, sort="name")):
        page = service.contacts(wanted)
        for row, position in enumerate(page.positions.tolist()):
            assert page.row_of(listing.person_id(position)) == row
        outside = set(listing.person_ids.tolist()) - set(page.person_ids())
        for person_id in sorted(outside)[:20]:
            assert page.row_of(person_id) is None
        assert page.row_of(10**9) is None
    assert service.contacts(ListFilter(tag="nobody")).row_of(listing.person_id(0)) is None


def test_a_profile_names_people_as_their_contact_does(service):
    roster = service.state.roster
    assert roster.people.complete  # from everyone's columns, not a row per person
    hostile = service.store.people.by_ref("hostile").id
    hidden = service.store.people.by_ref("hidden").id
    everyone = service.state.listing.person_ids.tolist()
    for person_id in everyone:
        contact = roster.contact(person_id)
        assert roster.named(person_id) == (contact.name, contact.display_name), person_id
    assert roster.named(hostile)[0] == "Eve\\x1b[31mRed Zed"
    assert roster.named(hidden)[1] == "Ina Q."
    with pytest.raises(KeyError):
        roster.named(10**9)
    profile = service.profile(everyone[0])
    for ref in profile.shared_connections:
        contact = roster.contact(ref.id)
        assert (ref.name, ref.display_name) == (contact.name, contact.display_name)
