from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
def test_yo_finds_ye_and_ye_finds_yo(system: User) -> None:
    event(system, "Ночной обыск", description="Изъяли всё: ноутбук и телефон")
    person(system, "Фёдоров Алексей")

    assert [h.title for h in search_for_user(system, "все ноутбук")] == ["Ночной обыск"]
    assert [h.title for h in search_for_user(system, "всё")] == ["Ночной обыск"]
    assert [h.title for h in search_for_user(system, "Федоров")] == ["Фёдоров Алексей"]
    assert [h.title for h in search_for_user(system, "ФЁДОРОВ")] == ["Фёдоров Алексей"]
