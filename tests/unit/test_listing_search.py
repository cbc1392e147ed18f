"""The list's search: the same hits and order however the text was reached (typing on,
Backspace, retyping), names that start with the words first."""

from __future__ import annotations

from coach.listing import ContactListing, ListFilter
from coach.naming import fold
from coach.store.people import PERSON_COLUMNS


def searched_text(listing: ContactListing, position: int) -> str:
    """What a search reads of one contact, from its stored row: the folded name, then
    company, position, headline and place."""
    row = dict(zip(PERSON_COLUMNS, listing.rows_at([position])[0], strict=True))
    rest = " ".join(row[name] or "" for name in ("company", "position", "headline", "location"))
    return f"{listing.names[position]} {fold(rest)}"


def naive(listing: ContactListing, text: str, sort: str = "degree") -> list[int]:
    """What a search must give, computed the slow way for every contact."""
    words = fold(text).split()
    order = listing.order(sort).tolist()
    hits = [p for p in order if all(w in searched_text(listing, p) for w in words)]

    def tier(p: int) -> int:
        name = " " + listing.names[p]
        if all(" " + w in name for w in words):
            return 0
        return 1 if all(w in name for w in words) else 2

    return sorted(hits, key=tier)  # stable: the sort order within each tier


def test_search_matches_a_naive_scan_whatever_the_typing_path(demo_service):
    listing = ContactListing(demo_service.roster)
    path = ["l", "le", "lea", "lea d", "lea du", "lea d", "lea", "le", "l", "ma", "mar",
            "martin", "mar", "cartalis", "cartalis prod", "ré", "r", "thomas martin", "ly"]
    for text in path:
        for sort in ("degree", "name"):
            got = listing.select(ListFilter(search=text, sort=sort)).tolist()
            assert got == naive(listing, text, sort), (text, sort)
    lea = listing.select(ListFilter(search="lea dub"))[0]
    assert listing.names[int(lea)] == "lea dubois"


def test_a_typo_finds_near_names_and_typing_on_still_works(demo_service):
    listing = ContactListing(demo_service.roster)
    near = listing.select(ListFilter(search="duboys"))
    assert "lea dubois" in [listing.names[int(p)] for p in near]
    assert listing.select(ListFilter(search="dubois")).tolist() == naive(listing, "dubois")


def test_words_split_between_a_name_and_a_company_find_the_person(demo_service):
    """A name and the rest of a search text are searched apart: a search mixing both still
    finds the people holding every word, in the same order as a scan."""
    listing = ContactListing(demo_service.roster)
    lea = int(listing.select(ListFilter(search="lea dub"))[0])
    company = searched_text(listing, lea).split()[2]  # after her first and last name
    for text in (f"lea {company}", f"{company} dubois", f"dub {company[:3]}", "lea lea"):
        for sort in ("degree", "name"):
            got = listing.select(ListFilter(search=text, sort=sort)).tolist()
            assert got == naive(listing, text, sort), (text, sort)
        assert lea in listing.select(ListFilter(search=text)).tolist(), text
