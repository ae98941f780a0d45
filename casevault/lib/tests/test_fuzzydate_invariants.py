from datetime import date, datetime

import pytest

from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError, Precision

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (date(2018, 10, 9), date(2018, 10, 8), Precision.DAY),
        (date(2018, 10, 2), date(2018, 10, 31), Precision.MONTH),
        (date(2018, 10, 1), date(2018, 10, 30), Precision.MONTH),
        (date(2018, 2, 1), date(2018, 12, 31), Precision.YEAR),
        (date(2018, 1, 1), date(2018, 11, 30), Precision.YEAR),
        (None, date(2018, 10, 8), Precision.MONTH),
        (date(2018, 10, 8), None, Precision.YEAR),
        (None, None, Precision.DAY),
        (date(2018, 1, 1), None, Precision.UNKNOWN),
        (None, date(2018, 12, 31), Precision.UNKNOWN),
        (None, date.max, Precision.DAY),
        (date.min, None, Precision.DAY),
        (datetime(2018, 10, 8), datetime(2018, 10, 8), Precision.DAY),  # noqa: DTZ001
        ("2018-10-08", "2018-10-08", Precision.DAY),
        (date(2018, 10, 8), date(2018, 10, 8), "hour"),
    ],
)
def test_it_refuses_bounds_that_break_an_invariant(start, end, precision):
    with pytest.raises(FuzzyDateError):
        FuzzyDate(start, end, precision)


def test_a_precision_given_as_text_becomes_the_enum():
    assert FuzzyDate(date(2018, 10, 8), date(2018, 10, 8), "day").precision is Precision.DAY  # type: ignore[arg-type]


def test_it_is_immutable_and_hashable():
    x = FuzzyDate.year(2018)
    with pytest.raises(AttributeError):
        x.start = date(2019, 1, 1)  # type: ignore[misc]
    assert {x, FuzzyDate.parse("2018")} == {x}


@pytest.mark.parametrize(
    "make",
    [
        lambda: FuzzyDate.day(2018, 2, 29),
        lambda: FuzzyDate.month(2018, 13),
        lambda: FuzzyDate.year(0),
        lambda: FuzzyDate.year(10000),
    ],
)
def test_constructors_refuse_dates_that_do_not_exist(make):
    with pytest.raises(FuzzyDateError):
        make()
