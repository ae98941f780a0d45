from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

REFERENCE = date(2024, 1, 15)


def resolve(text: str, lang: str) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), REFERENCE)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On 6 October police searched her home. The day after the search she was questioned.",
            "en",
            ["2023-10-06", "2023-10-07"],
        ),
        (
            "On 6 October police searched three homes. A week after the searches he was charged.",
            "en",
            ["2023-10-06", "2023-10-13"],
        ),
        (
            "5 апреля у него провели обыск. Через неделю после обыска его жену уволили.",
            "ru",
            ["2023-04-05", "2023-04-12"],
        ),
        (
            "В мае 2023 года вышла статья. Через две недели после публикации его вызвали в полицию.",
            "ru",
            ["2023-05", "2023-05"],
        ),
    ],
)
def test_a_happening_named_after_a_gap_counts_from_the_running_date(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On the eve of the hearing on his detention, which took place on 4 February 2023, "
            "an officer threatened his lawyer.",
            "en",
            ["2023-02-03"],
        ),
        (
            "Накануне заседания по мере пресечения ему стало плохо. "
            "18 ноября 2022 года суд арестовал его.",
            "ru",
            ["2022-11-17", "2022-11-18"],
        ),
        (
            "Она рассказала, что накануне первого заседания, 29 мая 2023 года, ей угрожали.",
            "ru",
            ["2023-05-29"],
        ),
    ],
)
def test_the_eve_of_a_happening_is_the_day_before_the_date_it_is_given(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In October she spoke in Brussels. Two days after she spoke, a case was opened.", "en"),
        ("In October he was detained. He died less than a day after his arrest.", "en"),
        (
            "В октябре она выступила. Спустя два дня после того, как её страницу заблокировали.",
            "ru",
        ),
    ],
)
def test_a_gap_after_a_clause_or_a_measured_gap_names_no_day(text: str, lang: str) -> None:
    assert resolve(text, lang) == ["2023-10"]
