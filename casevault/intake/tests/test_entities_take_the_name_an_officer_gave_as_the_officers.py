"""«Сотрудник, представившийся Тимуром»: the name an officer gave belongs to an official,
so the pipeline reads him as a perpetrator, not as a victim."""

import pytest

from casevault.intake.entities import find_entities

pytestmark = pytest.mark.pure


def test_the_name_an_officer_introduced_himself_by_is_an_officials() -> None:
    text = "В кабинете оперативник, представившийся Тимуром, угрожал Асель Бекмуратовой."
    people = {m.name: m.official for m in find_entities(text, "ru") if m.kind == "person"}
    assert people.get("Тимур") is True
    assert people.get("Асель Бекмуратова") is False
