import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure


def names(text: str) -> list[str]:
    found, _ = group_people(find_entities(text, "ru"))
    return [p.name for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы обращаемся в связи с преследованием журналиста Дмитрия Ли.", ["Дмитрий Ли"]),
        ("У активиста Виталия Гончаренко изъяли телефон.", ["Виталий Гончаренко"]),
        ("Юлия Ли сообщила о давлении.", ["Юлия Ли"]),
        ("По словам его матери, Гульнар Бейсеновой, сына избили.", ["Гульнар Бейсенова"]),
    ],
)
def test_a_declined_mans_name_in_ia_is_put_back_and_a_womans_stays(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
