import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure


def names(text: str) -> list[str]:
    found, _ = group_people(find_entities(text, "ru"))
    return [p.name for p in found]


def test_surname_name_patronymic_in_the_genitive_becomes_one_person_in_the_nominative() -> None:
    text = "Ходатайство адвоката Омарова Серика Болатовича.\n\nАдвокат Омаров С.Б. явился."
    assert names(text) == ["Серик Болатович Омаров"]


def test_a_given_name_left_undeclined_beside_a_declined_surname_is_a_womans() -> None:
    text = "Полиция задержала мою сестру, Айжан Нурлановой не дали позвонить."
    assert "Айжан Нурланова" in names(text)
