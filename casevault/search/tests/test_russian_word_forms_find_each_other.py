from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event


def titles(user: User, query: str) -> set[str]:
    return {hit.title for hit in search_for_user(user, query)}


@pytest.mark.django_db
def test_it_finds_a_noun_from_a_participle_and_back(system: User) -> None:
    event(system, "Задержание у здания суда")
    event(system, "Активистка задержана в аэропорту")
    event(system, "Полицейские задержали журналиста")
    event(system, "Обыск в офисе")

    expected = {
        "Задержание у здания суда",
        "Активистка задержана в аэропорту",
        "Полицейские задержали журналиста",
    }
    assert titles(system, "задержана") == expected
    assert titles(system, "задержание") == expected
    assert titles(system, "задержали") == expected


@pytest.mark.django_db
def test_it_finds_inflected_words_in_descriptions(system: User) -> None:
    event(system, "Incident 1", description="Её избили в изоляторе временного содержания")
    event(system, "Incident 2", description="Жалоба об избиении осталась без ответа")

    assert titles(system, "изолятор избили") == {"Incident 1"}
    assert titles(system, "избиение") == {"Incident 2"}
    assert titles(system, "ответы жалобы") == {"Incident 2"}
