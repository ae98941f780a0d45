from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.tests.fuzzydate_strategies import fuzzy_dates

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("2018", date(2018, 1, 1), True),
        ("2018", date(2018, 12, 31), True),
        ("2018", date(2019, 1, 1), False),
        ("2016-02", date(2016, 2, 29), True),
        ("before 2018-10", date(1900, 1, 1), True),
        ("before 2018-10", date(2018, 10, 1), False),
        ("after 2015", date(2016, 1, 1), True),
        ("after 2015", date(2015, 12, 31), False),
        ("unknown", date(2018, 1, 1), False),
    ],
)
def test_it_contains_exactly_its_possible_days(text, day, expected):
    assert FuzzyDate.parse(text).contains(day) is expected


@given(fuzzy_dates(), st.dates())
def test_contains_agrees_with_overlapping_that_one_day(x, d):
    assert x.contains(d) == x.overlaps(FuzzyDate.day(d.year, d.month, d.day))
