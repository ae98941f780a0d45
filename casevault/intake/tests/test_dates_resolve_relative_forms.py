from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

# A Tuesday.
REFERENCE = date(2019, 1, 29)


def resolve(text: str, lang: str, reference: date | None = REFERENCE) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), reference)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On 8 October her house was searched.", "en", ["2018-10-08"]),
        ("In November she was charged.", "en", ["2018-11"]),
        ("In January the case was closed.", "en", ["2019-01"]),
        ("Since July 2018 she is banned.", "en", ["2018-07"]),
        ("Last year she was fined.", "en", ["2018"]),
        ("Last November she was threatened.", "en", ["2018-11"]),
        ("He was detained yesterday.", "en", ["2019-01-28"]),
        ("Two weeks ago he was beaten.", "en", ["2019-01-15"]),
        ("A couple of weeks ago he was beaten.", "en", ["2019-01-15"]),
        ("A few days ago he was beaten.", "en", ["2019-01-26"]),
        ("On Friday the court met.", "en", ["2019-01-25"]),
        ("в октябре 2018 года", "ru", ["2018-10"]),
        ("в ноябре прошлого года", "ru", ["2018-11"]),
        ("В пятницу суд арестовал его.", "ru", ["2019-01-25"]),
        ("в прошлом году", "ru", ["2018"]),
        ("вчера", "ru", ["2019-01-28"]),
        ("неделю назад", "ru", ["2019-01-22"]),
        ("В декабре его уволили.", "ru", ["2018-12"]),
    ],
)
def test_it_resolves_partial_and_relative_dates_against_the_document_date(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On 8 October 2018 police came. Three days later they came again.",
            "en",
            ["2018-10-08", "2018-10-11"],
        ),
        (
            "On 8 October 2018 police came. The next day they left.",
            "en",
            ["2018-10-08", "2018-10-09"],
        ),
        (
            "8 октября 2018 года пришла полиция. Через три дня её задержали.",
            "ru",
            ["2018-10-08", "2018-10-11"],
        ),
        (
            "8 октября 2018 года пришла полиция. На следующий день её задержали.",
            "ru",
            ["2018-10-08", "2018-10-09"],
        ),
        ("14 марта 2019 года суд. Накануне его избили.", "ru", ["2019-03-14", "2019-03-13"]),
        ("В мае 2020 года его задержали, спустя два месяца осудили.", "ru", ["2020-05", "2020-07"]),
    ],
)
def test_it_counts_later_dates_from_the_last_date_named(
    text: str, lang: str, expected: list[str]
) -> None:
    assert resolve(text, lang) == expected


def test_a_relative_date_without_a_reference_is_left_unresolved() -> None:
    assert resolve("He was detained yesterday.", "en", None) == []
