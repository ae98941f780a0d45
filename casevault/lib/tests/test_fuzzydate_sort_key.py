import pytest
from hypothesis import given

from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.tests.fuzzydate_strategies import fuzzy_dates, known_fuzzy_dates

pytestmark = pytest.mark.pure


def test_it_sorts_chronologically_with_unknown_last_and_coarser_first_on_the_same_day():
    texts = [
        "unknown",
        "2018-10-08",
        "2019",
        "2018-01-01",
        "before 2015",
        "2018",
        "2018-01",
        "2018/2019",
        "after 2017",
        "2015/2017",
    ]
    ordered = sorted((FuzzyDate.parse(t) for t in texts), key=FuzzyDate.sort_key)
    assert [x.to_text() for x in ordered] == [
        "before 2015",
        "2015/2017",
        "after 2017",  # starts on 1 Jan 2018, widest of that day's year-precision dates
        "2018/2019",
        "2018",
        "2018-01",
        "2018-01-01",
        "2018-10-08",
        "2019",
        "unknown",
    ]


@given(fuzzy_dates(), fuzzy_dates())
def test_equal_keys_mean_equal_dates(a, b):
    assert (a.sort_key() == b.sort_key()) == (a == b)


@given(fuzzy_dates(), fuzzy_dates(), fuzzy_dates())
def test_the_order_is_transitive(a, b, c):
    x, y, z = sorted([a, b, c], key=FuzzyDate.sort_key)
    assert x.sort_key() <= y.sort_key() <= z.sort_key()
    assert x.sort_key() <= z.sort_key()


@given(known_fuzzy_dates(), known_fuzzy_dates())
def test_an_earlier_first_day_sorts_first(a, b):
    if a.start is not None and b.start is not None and a.start < b.start:
        assert a.sort_key() < b.sort_key()
    if a.start is None and b.start is not None:
        assert a.sort_key() < b.sort_key()


@given(known_fuzzy_dates())
def test_unknown_sorts_after_every_known_date(x):
    assert x.sort_key() < FuzzyDate.unknown().sort_key()
