import pytest
from hypothesis import given

from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.tests.fuzzydate_strategies import fuzzy_dates

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2018", "2018-10-08", True),
        ("2015/2017", "2017-12", True),
        ("2015/2017", "2018-01-01", False),
        ("2018-09/2018-11", "2018-10/2019", True),
        ("before 2018-10", "2018-09-30", True),
        ("before 2018-10", "2018-10-01", False),
        ("after 2015", "before 2016", False),
        ("after 2015", "before 2017", True),
        ("before 2015", "before 1990", True),
        ("unknown", "2018", False),
        ("unknown", "unknown", False),
    ],
)
def test_it_overlaps_when_the_dates_may_share_a_day(a, b, expected):
    assert FuzzyDate.parse(a).overlaps(FuzzyDate.parse(b)) is expected


@given(fuzzy_dates(), fuzzy_dates())
def test_overlap_is_symmetric(a, b):
    assert a.overlaps(b) == b.overlaps(a)


@given(fuzzy_dates())
def test_every_known_date_overlaps_itself(x):
    assert x.overlaps(x) == (not x.is_unknown)
