from datetime import date

import pytest

from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError, Precision

pytestmark = pytest.mark.pure


def test_day_month_and_year_cover_their_whole_unit():
    assert FuzzyDate.day(2018, 10, 8) == FuzzyDate(date(2018, 10, 8), date(2018, 10, 8), "day")  # type: ignore[arg-type]
    assert FuzzyDate.month(2019, 2) == FuzzyDate(date(2019, 2, 1), date(2019, 2, 28), "month")  # type: ignore[arg-type]
    assert FuzzyDate.year(2019) == FuzzyDate(date(2019, 1, 1), date(2019, 12, 31), "year")  # type: ignore[arg-type]


def test_unknown_has_no_bounds():
    x = FuzzyDate.unknown()
    assert (x.start, x.end, x.precision) == (None, None, Precision.UNKNOWN)
    assert x.is_unknown and not x.is_open


def test_between_runs_from_the_start_of_the_first_to_the_end_of_the_second():
    x = FuzzyDate.between(FuzzyDate.day(2018, 10, 8), FuzzyDate.day(2018, 11, 5))
    assert (x.start, x.end, x.precision) == (date(2018, 10, 8), date(2018, 11, 5), Precision.DAY)


def test_between_takes_the_coarser_precision_and_widens_the_finer_bound():
    x = FuzzyDate.between(FuzzyDate.day(2018, 9, 14), FuzzyDate.year(2019))
    assert x == FuzzyDate(date(2018, 1, 1), date(2019, 12, 31), Precision.YEAR)


def test_between_refuses_a_range_that_ends_before_it_starts():
    with pytest.raises(FuzzyDateError):
        FuzzyDate.between(FuzzyDate.year(2019), FuzzyDate.year(2018))


def test_between_refuses_an_unknown_date():
    with pytest.raises(FuzzyDateError):
        FuzzyDate.between(FuzzyDate.unknown(), FuzzyDate.year(2018))


def test_between_an_open_date_and_a_date_stays_open():
    x = FuzzyDate.between(FuzzyDate.before(FuzzyDate.year(2015)), FuzzyDate.year(2017))
    assert x == FuzzyDate(None, date(2017, 12, 31), Precision.YEAR)


def test_before_is_strict_and_keeps_the_precision():
    x = FuzzyDate.before(FuzzyDate.month(2018, 10))
    assert (x.start, x.end, x.precision) == (None, date(2018, 9, 30), Precision.MONTH)
    assert x.is_open and not x.is_unknown


def test_after_is_strict_and_keeps_the_precision():
    x = FuzzyDate.after(FuzzyDate.day(2018, 12, 31))
    assert (x.start, x.end, x.precision) == (date(2019, 1, 1), None, Precision.DAY)
    assert x.is_open


def test_before_a_range_means_before_its_start_and_after_means_after_its_end():
    span = FuzzyDate.parse("2015/2017")
    assert FuzzyDate.before(span) == FuzzyDate.parse("before 2015")
    assert FuzzyDate.after(span) == FuzzyDate.parse("after 2017")


@pytest.mark.parametrize(
    "make",
    [
        lambda: FuzzyDate.before(FuzzyDate.unknown()),
        lambda: FuzzyDate.after(FuzzyDate.unknown()),
        lambda: FuzzyDate.before(FuzzyDate.parse("before 2015")),
        lambda: FuzzyDate.after(FuzzyDate.parse("after 2015")),
        lambda: FuzzyDate.before(FuzzyDate.year(1)),
        lambda: FuzzyDate.after(FuzzyDate.year(9999)),
    ],
)
def test_before_and_after_need_a_bound_with_a_calendar_day_beyond_it(make):
    with pytest.raises(FuzzyDateError):
        make()
