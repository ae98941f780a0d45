"""export-lists: one CSV row per real person (linked records are one row), one 0/1 column
per source they appear on: the input of multiple-systems estimation."""

from __future__ import annotations

import csv
import io

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.linkage import actions
from casevault.linkage.management.commands.link import write_lists_csv
from casevault.linkage.selectors import entity_sources
from casevault.records import actions as records
from casevault.records.models import Person, Source

pytestmark = pytest.mark.django_db


def _documented(actor: User, name: str, source: Source) -> Person:
    person = testing.person(actor, name)
    event = testing.event(actor, f"Detention of {name}")
    act = records.act_create(actor=actor, event=event, act_type="detention", victim=person)
    records.information_create(actor=actor, source=source, act=act)
    return person


def test_each_person_is_one_row_with_a_column_per_source(coordinator: User, analyst: User) -> None:
    visit, media, court = (
        records.source_create(actor=coordinator, source_type="document", title=title)
        for title in ("Visit report", "Media", "Court record")
    )
    in_visit = _documented(coordinator, "Семёнова Елена Викторовна", visit)
    in_media = _documented(coordinator, "Elena Semionova", media)
    olga = _documented(coordinator, "Semenova Olga", court)
    decision = actions.link_accept(
        actor=analyst, person_a=in_visit, person_b=in_media, score=0.9, model_version=""
    )
    bystander = testing.person(coordinator, "Not A Victim")  # on no list: no row

    out = io.StringIO()
    write_lists_csv(entity_sources(analyst), out)

    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["entity", "Court record", "Media", "Visit report"]
    assert sorted(rows[1:]) == sorted(
        [[str(decision.entity_id), "0", "1", "1"], [olga.pseudonym, "1", "0", "0"]]
    )
    assert bystander.pseudonym not in out.getvalue()


def test_a_victim_no_source_documents_is_listed_under_their_case(
    coordinator: User, analyst: User
) -> None:
    dossier = testing.case(coordinator, title="Reprisals")
    victim = testing.person(coordinator, "Elena Semenova")
    event = testing.event(coordinator, "Search")
    records.act_create(actor=coordinator, event=event, act_type="detention", victim=victim)
    records.case_add_event(actor=coordinator, case=dossier, event=event)

    lists = entity_sources(coordinator)

    assert [ref.key for ref in lists.columns] == [f"case:{dossier.reference}"]
    assert lists.rows == [(victim.pseudonym, {f"case:{dossier.reference}"})]
