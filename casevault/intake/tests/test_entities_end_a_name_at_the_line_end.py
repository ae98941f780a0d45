import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure


def names(text: str) -> list[str]:
    found, _ = group_people(find_entities(text, "ru"))
    return [p.name for p in found]


def test_a_name_at_the_end_of_a_line_does_not_take_the_next_line() -> None:
    text = "Наблюдатель: Т. Гусева\nЗаседание 6 июня 2023 года, городской суд\n"
    assert names(text) == ["Т. Гусева"]


def test_an_outgoing_number_is_not_a_person() -> None:
    text = "Исх. № 88/23\n\nОбращаемся к вам в связи с преследованием журналиста Дмитрия Ли."
    assert "Исх" not in " ".join(names(text))
