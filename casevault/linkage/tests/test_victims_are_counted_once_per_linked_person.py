"""Victim counts: as records, and as people once reviewed links are applied (a victim
linked to no entity counts as itself); only acts the user may see count."""

from __future__ import annotations

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.linkage import actions
from casevault.linkage.selectors import VictimCount, victims_deduplicated_count
from casevault.records import actions as records
from casevault.records.models import Act, Person

pytestmark = pytest.mark.django_db


def _victim(actor: User, name: str, acts: int = 1, confidentiality: str = Level.INTERNAL) -> Person:
    person = testing.person(actor, name)
    for number in range(acts):
        happened = testing.event(actor, f"{name} {number}", confidentiality=confidentiality)
        records.act_create(actor=actor, event=happened, act_type="detention", victim=person)
    return person


def test_linked_records_count_as_one_person(coordinator: User, analyst: User) -> None:
    spellings = [
        _victim(coordinator, n) for n in ("Семёнова Е.В.", "Elena Semionova", "E. Semyonova")
    ]
    _victim(coordinator, "Semenova Olga", acts=2)
    assert victims_deduplicated_count(analyst, Act.objects.all()) == VictimCount(
        records=4, people=4
    )

    actions.link_accept(
        actor=analyst, person_a=spellings[0], person_b=spellings[1], score=0.9, model_version=""
    )
    actions.link_accept(
        actor=analyst, person_a=spellings[1], person_b=spellings[2], score=0.9, model_version=""
    )

    assert victims_deduplicated_count(analyst, Act.objects.all()) == VictimCount(
        records=4, people=2
    )
    only_two = Act.objects.filter(victim__in=spellings[:2])
    assert victims_deduplicated_count(analyst, only_two) == VictimCount(records=2, people=1)


def test_undone_links_and_hidden_acts_are_not_counted(coordinator: User, analyst: User) -> None:
    a, b = _victim(coordinator, "Elena Semenova"), _victim(coordinator, "Семенова Елена")
    _victim(coordinator, "Secret Victim", confidentiality=Level.SECRET)
    decision = actions.link_accept(
        actor=analyst, person_a=a, person_b=b, score=0.9, model_version=""
    )
    assert victims_deduplicated_count(analyst, Act.objects.all()) == VictimCount(
        records=2, people=1
    )
    assert victims_deduplicated_count(coordinator, Act.objects.all()) == VictimCount(
        records=3, people=2
    )

    actions.link_undo(actor=analyst, decision=decision)

    assert victims_deduplicated_count(analyst, Act.objects.all()) == VictimCount(
        records=2, people=2
    )
