from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["Semenova", "Semyonova", "Semionova", "Семенова", "семёнова"])
def test_any_spelling_finds_the_cyrillic_name(system: User, typed: str) -> None:
    person(system, "Семёнова Елена Петровна")
    person(system, "Семенов Игорь")  # a different surname form must not crowd her out

    hits = search_for_user(system, f"{typed} Elena", types=["person"])

    assert [h.title for h in hits] == ["Семёнова Елена Петровна"]


@pytest.mark.django_db
def test_a_cyrillic_query_finds_a_latin_name(system: User) -> None:
    person(system, "Yelena Semyonova")

    assert [h.title for h in search_for_user(system, "Семёнова")] == ["Yelena Semyonova"]


@pytest.mark.django_db
def test_an_event_is_found_by_its_victims_name_in_another_script(system: User) -> None:
    from casevault.records import actions

    victim = person(system, "Семёнова Елена")
    incident = event(system, "Police station incident")
    actions.act_create(actor=system, event=incident, act_type="torture", victim=victim)

    hits = search_for_user(system, "Semenova", types=["event"])

    assert [h.title for h in hits] == ["Police station incident"]


@pytest.mark.django_db
def test_a_latin_name_finds_a_declined_russian_surname_in_text(system: User) -> None:
    event(system, "Statement", description="Полиция вытащила Семёнову из отделения")

    assert [h.title for h in search_for_user(system, "Semenova")] == ["Statement"]


@pytest.mark.django_db
def test_a_name_added_later_is_found(system: User) -> None:
    from casevault.records import actions

    someone = person(system, "Witness 3")
    actions.person_add_name(actor=system, person=someone, name="Жанар Ахметова")

    assert [h.target_id for h in search_for_user(system, "Zhanar Akhmetova")] == [someone.pk]
