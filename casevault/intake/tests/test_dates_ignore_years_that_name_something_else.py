from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

REFERENCE = date(2024, 2, 10)


def resolve(text: str, lang: str) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), REFERENCE)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He is charged under the law of 2014. In October he was detained.", "en", ["2023-10"]),
        (
            "Police cited the 2019 amendments to the media law. In October she was fined.",
            "en",
            ["2023-10"],
        ),
        (
            "Профсоюз зарегистрирован по закону о профсоюзах 2014 года. В октябре её уволили.",
            "ru",
            ["2023-10"],
        ),
        (
            "Article 274.1, in force since 2019, was used. In October police searched her flat.",
            "en",
            ["2019", "2023-10"],
        ),
    ],
)
def test_a_year_that_names_a_law_or_a_state_does_not_move_the_running_year(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2017 she was fined. In October the case was reopened.", "en", ["2017", "2017-10"]),
        ("В 2017 году её оштрафовали. В октябре дело возобновили.", "ru", ["2017", "2017-10"]),
        ("2017\nIn October police searched her flat.", "en", ["2017", "2017-10"]),
    ],
)
def test_a_year_that_is_a_time_still_moves_it(text: str, lang: str, expected: list[str]) -> None:
    assert resolve(text, lang) == expected


def test_lived_there_since_a_year_keeps_the_document_year_for_later_months() -> None:
    text = "Лисицын живёт в Костанае с 2015 года. В августе его назвали провокатором."
    assert resolve(text, "ru") == ["2015", "2023-08"]
