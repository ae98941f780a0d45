from datetime import date

import pytest

from casevault.lib.fuzzydate import FuzzyDate, Precision

pytestmark = pytest.mark.pure


def test_a_year_covers_the_whole_year():
    assert FuzzyDate.parse("2018") == FuzzyDate(
        date(2018, 1, 1), date(2018, 12, 31), Precision.YEAR
    )


def test_a_month_covers_the_whole_month():
    assert FuzzyDate.parse("2016-02") == FuzzyDate(
        date(2016, 2, 1), date(2016, 2, 29), Precision.MONTH
    )


def test_a_day_is_that_day():
    assert FuzzyDate.parse("2018-10-08") == FuzzyDate.day(2018, 10, 8)


def test_a_range_of_years_runs_from_the_first_to_the_last():
    assert FuzzyDate.parse("2015/2017") == FuzzyDate(
        date(2015, 1, 1), date(2017, 12, 31), Precision.YEAR
    )


def test_a_mixed_range_widens_to_the_coarser_precision():
    assert FuzzyDate.parse("2018-09/2018-11-05") == FuzzyDate(
        date(2018, 9, 1), date(2018, 11, 30), Precision.MONTH
    )


def test_a_range_within_one_unit_is_that_unit():
    assert FuzzyDate.parse("2018-10/2018-10") == FuzzyDate.month(2018, 10)


def test_before_ends_the_day_before_the_named_period_starts():
    assert FuzzyDate.parse("before 2018-10") == FuzzyDate(None, date(2018, 9, 30), Precision.MONTH)


def test_after_starts_the_day_after_the_named_period_ends():
    assert FuzzyDate.parse("after 2015") == FuzzyDate(date(2016, 1, 1), None, Precision.YEAR)


@pytest.mark.parametrize("text", ["", "unknown", "?", "  ", " Unknown ", "UNKNOWN"])
def test_empty_question_mark_and_unknown_mean_unknown(text):
    assert FuzzyDate.parse(text) == FuzzyDate.unknown()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  2018 ", FuzzyDate.year(2018)),
        ("\t2018-10-08\n", FuzzyDate.day(2018, 10, 8)),
        ("2015 / 2017", FuzzyDate.parse("2015/2017")),
        (" Before  2018-10 ", FuzzyDate.parse("before 2018-10")),
        ("AFTER 2015", FuzzyDate.parse("after 2015")),
    ],
)
def test_it_tolerates_spaces_and_keyword_case(text, expected):
    assert FuzzyDate.parse(text) == expected
