from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

REFERENCE = date(2022, 2, 28)  # a Monday


def resolve(text: str, lang: str) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), REFERENCE)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Three days after she spoke in Brussels on 11 December 2021, a case was opened.",
            "en",
            ["2021-12-14"],
        ),
        (
            "Через два дня после обыска 12 октября 2021 года ему предъявили обвинение.",
            "ru",
            ["2021-10-14"],
        ),
        ("He died in the cell less than a day after his arrest.", "en", []),
        ("She refused to work on a Sunday.", "en", []),
        ("В минувшую пятницу ему сообщили о деле.", "ru", ["2022-02-25"]),
        ("В ночь с 21 на 22 августа 2021 года снесли дома.", "ru", ["2021-08-21/2021-08-22"]),
        (
            "On the night of 5 to 6 May 2021 the car was set on fire.",
            "en",
            ["2021-05-05/2021-05-06"],
        ),
        ("В начале прошлого года его вызывали на беседы.", "ru", ["2021"]),
        ("They were remanded for two months on 16 October 2021.", "en", ["2021-10-16"]),
    ],
)
def test_it_dates_relative_expressions_from_the_date_they_name(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected
