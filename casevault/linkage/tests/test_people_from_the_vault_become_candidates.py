"""Five records of one detainee, written in two scripts by five sources, are proposed as one
person; another Semenova is not. The records come out of the vault, not a fixture list."""

from __future__ import annotations

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.linkage import actions
from casevault.linkage.model import MODEL_FORMAT
from casevault.linkage.people_source import person_records
from casevault.records import actions as records
from casevault.records.models import Person, Place

FIVE_SPELLINGS = [
    ("Семёнова Елена Викторовна", "1984"),
    ("Elena Semionova", "1984"),
    ("Yelena Semenova", "1985"),
    ("E. Semyonova", "1984"),
    ("Семенова Е.", None),
]


@pytest.fixture
def vault(coordinator: User, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Person]]:
    monkeypatch.setattr(actions, "BACKGROUND_RECORDS", 2000)
    country = records.place_create(actor=coordinator, name="Kazakhstan", kind=Place.Kind.COUNTRY)
    region = records.place_create(
        actor=coordinator, name="Pavlodar region", kind=Place.Kind.REGION, parent=country
    )
    city = records.place_create(
        actor=coordinator, name="Pavlodar", kind=Place.Kind.CITY, parent=region
    )
    sizo = records.facility_create(
        actor=coordinator, name="SIZO-1", facility_type="pretrial_detention_centre", parent=city
    )
    almaty = records.place_create(
        actor=coordinator, name="Almaty", kind=Place.Kind.CITY, parent=country
    )
    semenova = []
    for number, (name, born) in enumerate(FIVE_SPELLINGS, start=1):
        fields: dict[str, object] = {"sex": Person.Sex.FEMALE}
        if born:
            fields["birth_date"] = FuzzyDate.parse(born)
        person = testing.person(coordinator, name, **fields)
        event = testing.event(coordinator, f"Detention report {number}", place=sizo)
        act = records.act_create(
            actor=coordinator, event=event, act_type="detention", victim=person
        )
        source = records.source_create(
            actor=coordinator, source_type="document", title=f"Report {number}"
        )
        records.information_create(actor=coordinator, source=source, act=act)
        semenova.append(person)
    olga = testing.person(
        coordinator, "Semenova Olga", sex=Person.Sex.FEMALE, birth_date=FuzzyDate.parse("1962")
    )
    event = testing.event(coordinator, "Almaty arrest", place=almaty)
    records.act_create(actor=coordinator, event=event, act_type="arrest", victim=olga)
    return {"semenova": semenova, "other": [olga]}


def test_the_five_records_are_one_proposed_cluster_and_the_other_semenova_is_not(
    vault: dict[str, list[Person]], analyst: User
) -> None:
    candidates = actions.link_run(actor=analyst, threshold=0.5)
    clusters = candidates.clusters
    five = {clusters[str(p.pk)] for p in vault["semenova"]}
    assert len(five) == 1
    assert clusters[str(vault["other"][0].pk)] not in five
    proposed = {frozenset((p.id_l, p.id_r)) for p in candidates.pairs}
    first = str(vault["semenova"][0].pk)
    assert any(first in pair for pair in proposed)
    assert all(str(vault["other"][0].pk) not in pair for pair in proposed)
    assert candidates.model_version.startswith(f"{MODEL_FORMAT}+splink-")


def test_a_person_record_carries_names_birth_year_places_facility_and_source(
    vault: dict[str, list[Person]], analyst: User
) -> None:
    people, lists = person_records(analyst)
    record = next(r for r in people if r.id == str(vault["semenova"][0].pk))
    assert record.names == ["Семёнова Елена Викторовна"]
    assert record.birth_year == 1984
    assert record.sex == "f"
    # The facility, its town and region; never the country, which everyone shares.
    assert len(record.place_keys) == 3
    assert record.facility_key is not None and record.facility_key.startswith("facility:")
    assert record.source is not None and record.source.startswith("source:")
    assert [ref.label for ref in lists[vault["semenova"][0].pk]] == ["Report 1"]
    assert len(people) == 6
