"""Spellings of one name, across scripts and transliteration systems, share one key."""

import pytest

from casevault.lib.translit import name_key, token_key

pytestmark = pytest.mark.pure

SAME_NAME = [
    ["Семёнова", "Семенова", "Semionova", "Semenova", "Semyonova", "SEMENOVA", "Semjonowa"],
    ["Жақсыбеков", "Zhaksybekov", "Jaqsybekov", "ZHAKSYBEKOV"],
    ["Әлия", "Aliya", "Aliia", "Alija"],
    ["Нұрлан", "Nurlan"],
    ["Ерлан", "Yerlan", "Erlan"],
    ["Алексей", "Aleksei", "Alexey", "Aleksey", "Aleksej"],
    ["Юлия", "Yulia", "Iuliia", "Julia", "Yuliya"],
    ["Дмитрий", "Dmitry", "Dmitrii", "Dmitriy", "Dmitrij"],
    ["Щукин", "Shchukin", "Šukin"],
    ["Хабаров", "Khabarov", "Habarov"],
    ["Фёдор", "Fedor", "Fyodor", "Fiodor"],
    ["Наталья", "Natalia", "Natalya", "Natalja"],
    ["Андреевич", "Andreevich", "Andreyevich"],
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda group: group[0])
def test_every_spelling_of_a_name_gets_the_same_token_key(spellings: list[str]) -> None:
    keys = {token_key(spelling) for spelling in spellings}
    assert len(keys) == 1, keys


def test_different_names_keep_different_keys() -> None:
    names = ["Семенова", "Семёнов", "Елена", "Ольга", "Алия", "Юрий", "Жанна", "Яна"]
    assert len({token_key(name) for name in names}) == len(names)


def test_the_whole_name_key_ignores_token_order_and_script() -> None:
    assert name_key("Семёнова Елена") == name_key("Elena Semionova")
    assert name_key("Yelena Semenova") == name_key("СЕМЕНОВА, Елена")


def test_initials_stay_one_letter_tokens() -> None:
    assert name_key("E. Semyonova") == name_key("Семенова Е.") == "e semenova"


def test_a_token_in_another_script_has_an_empty_key() -> None:
    assert token_key("李") == ""
    assert name_key("李 Semenova") == "semenova"
