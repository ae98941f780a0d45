import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.lib.fuzzydate import FuzzyDate
from casevault.publish.phrasing import when_en, when_ru

pytestmark = pytest.mark.pure

CASES = [
    ("2018-10-08", "On 8 October 2018", "8 октября 2018 года"),
    ("2018-09", "In September 2018", "В сентябре 2018 года"),
    ("2015", "In 2015", "В 2015 году"),
    (
        "2018-09/2018-11",
        "Between September and November 2018",
        "В период с сентября по ноябрь 2018 года",
    ),
    ("2015/2017", "Between 2015 and 2017", "В период с 2015 по 2017 год"),
    (
        "2018-10-08/2018-10-12",
        "Between 8 and 12 October 2018",
        "В период с 8 октября 2018 года по 12 октября 2018 года",
    ),
    ("before 2018-10", "Before October 2018", "До октября 2018 года"),
    ("after 2015", "After 2015", "После 2015 года"),
    ("unknown", "At a date that is not known", "В неустановленную дату"),
]


@pytest.mark.parametrize(("text", "english", "russian"), CASES)
def test_each_precision_is_phrased_honestly_in_both_languages(
    text: str, english: str, russian: str
) -> None:
    value = FuzzyDate.parse(text)
    assert when_en(value) == english
    assert when_ru(value) == russian


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_a_month_is_never_given_a_day(year: int, month: int) -> None:
    en = when_en(FuzzyDate.month(year, month))
    ru = when_ru(FuzzyDate.month(year, month))
    assert not any(ch.isdigit() for ch in en.replace(str(year), ""))
    assert not any(ch.isdigit() for ch in ru.replace(str(year), ""))


@given(st.integers(1900, 2100))
def test_a_year_is_never_given_a_month(year: int) -> None:
    assert when_en(FuzzyDate.year(year)) == f"In {year}"
    assert when_ru(FuzzyDate.year(year)) == f"В {year} году"
