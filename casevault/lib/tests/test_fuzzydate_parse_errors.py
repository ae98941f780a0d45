import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError

pytestmark = pytest.mark.pure

BAD_TEXTS = [
    "2018-13",
    "2018-02-30",
    "0000",
    "18",
    "2018-1",
    "2018-10-8",
    "20181008",
    "08.10.2018",
    "Oct 2018",
    "2018/2015",
    "2018-10-08/2018-10-07",
    "2015/",
    "/2017",
    "2015/2016/2017",
    "before",
    "before unknown",
    "before 2015/2017",
    "after after 2015",
    "before 0001",
    "after 9999",
    "２０１８",  # full-width digits
    "٢٠١٨",  # Arabic-Indic digits: int() would accept them, the format does not
    "2018\n2019",
]


@pytest.mark.parametrize("text", BAD_TEXTS)
def test_it_rejects_text_that_is_not_an_accepted_form(text):
    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse(text)


def test_the_message_is_one_line_naming_the_text_and_the_accepted_forms():
    with pytest.raises(FuzzyDateError) as excinfo:
        FuzzyDate.parse("2018\n-13")
    message = str(excinfo.value)
    assert "\n" not in message
    assert "'2018\\n-13'" in message
    assert "YYYY-MM-DD" in message and "before X" in message


def test_an_impossible_calendar_date_is_called_so():
    with pytest.raises(FuzzyDateError, match="no such calendar date: '2018-02-30'"):
        FuzzyDate.parse("2018-02-30")


def test_it_rejects_what_is_not_text():
    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse(2018)  # type: ignore[arg-type]


def test_the_error_is_a_value_error_for_callers_that_catch_those():
    assert issubclass(FuzzyDateError, ValueError)


# Near misses of the accepted forms find more edge cases than random text does.
_date_like = st.one_of(
    st.text(alphabet="0123456789-/ ?abefknortuwBEFORAT\t", max_size=30),
    st.from_regex(
        r"\s*(before |after )?[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?(/[0-9]{4}(-[0-9]{1,2}){0,2})?\s*",
        fullmatch=True,
    ),
)


@given(st.one_of(st.text(max_size=40), _date_like))
def test_any_text_either_parses_or_raises_fuzzy_date_error(text):
    try:
        result = FuzzyDate.parse(text)
    except FuzzyDateError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(result, FuzzyDate)
