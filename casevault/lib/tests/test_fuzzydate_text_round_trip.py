import pytest
from hypothesis import given

from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.tests.fuzzydate_strategies import fuzzy_dates

pytestmark = pytest.mark.pure


@given(fuzzy_dates())
def test_parsing_the_canonical_text_gives_back_the_same_date(x):
    assert FuzzyDate.parse(x.to_text()) == x


@given(fuzzy_dates())
def test_the_canonical_text_is_stable(x):
    text = x.to_text()
    assert FuzzyDate.parse(text).to_text() == text


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2018", "2018"),
        ("2018-10", "2018-10"),
        ("2018-10-08", "2018-10-08"),
        ("2015/2017", "2015/2017"),
        ("2018-09/2018-11-05", "2018-09/2018-11"),
        ("2018-10/2018-10", "2018-10"),
        (" before 2018-10 ", "before 2018-10"),
        ("After 2015", "after 2015"),
        ("", "unknown"),
        ("?", "unknown"),
    ],
)
def test_it_writes_the_canonical_form(text, canonical):
    assert FuzzyDate.parse(text).to_text() == canonical
