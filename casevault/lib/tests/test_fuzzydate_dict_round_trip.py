import pytest
from hypothesis import given

from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.lib.tests.fuzzydate_strategies import fuzzy_dates

pytestmark = pytest.mark.pure


@given(fuzzy_dates())
def test_from_dict_reverses_to_dict(x):
    assert FuzzyDate.from_dict(x.to_dict()) == x


def test_bounds_are_written_at_the_precision():
    assert FuzzyDate.parse("2015/2017").to_dict() == {
        "start": "2015",
        "end": "2017",
        "precision": "year",
    }
    assert FuzzyDate.parse("before 2018-10").to_dict() == {
        "start": None,
        "end": "2018-09",
        "precision": "month",
    }
    assert FuzzyDate.day(2018, 10, 8).to_dict() == {
        "start": "2018-10-08",
        "end": "2018-10-08",
        "precision": "day",
    }
    assert FuzzyDate.unknown().to_dict() == {"start": None, "end": None, "precision": "unknown"}


@pytest.mark.parametrize(
    "data",
    [
        None,
        "2018",
        {},
        {"start": "2018", "end": "2018"},
        {"start": "2018", "end": "2018", "precision": "year", "extra": 1},
        {"start": "2018", "end": "2018", "precision": "decade"},
        {"start": "2018-10", "end": "2018", "precision": "year"},
        {"start": "2018", "end": "2018-10-08", "precision": "day"},
        {"start": 2018, "end": 2018, "precision": "year"},
        {"start": "2019", "end": "2018", "precision": "year"},
        {"start": "2018-02-30", "end": "2018-02-30", "precision": "day"},
        {"start": None, "end": None, "precision": "year"},
        {"start": "2018", "end": None, "precision": "unknown"},
    ],
)
def test_invalid_input_raises_fuzzy_date_error(data):
    with pytest.raises(FuzzyDateError):
        FuzzyDate.from_dict(data)
