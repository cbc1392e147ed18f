"""People are read positionally (fast rosters): the column order must be Person's field order."""

from dataclasses import fields

from coach.model import Person
from coach.store.people import PERSON_COLUMNS


def test_person_columns_follow_the_fields_of_person():
    assert tuple(field.name for field in fields(Person)) == PERSON_COLUMNS


def test_a_person_reads_back_with_its_flags_as_booleans(tmp_path):
    from coach.store import Store

    with Store(tmp_path / "s.sqlite3") as store:
        person_id = store.people.add(first_name="Léa", last_name="Dubois", company="Cartalis",
                                     open_profile=True, full_name_visible=False)
        person = store.people.get(person_id)
    assert (person.first_name, person.last_name, person.company) == ("Léa", "Dubois", "Cartalis")
    assert person.open_profile is True and person.full_name_visible is False
    assert person.follow_primary is False
