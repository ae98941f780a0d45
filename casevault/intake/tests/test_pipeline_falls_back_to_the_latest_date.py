import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def test_without_a_reference_or_dateline_relative_dates_count_from_the_latest_full_date() -> None:
    text = (
        "Notes of the monitors.\n\n"
        "On 14 March 2021 the court heard the case of Ivan Petrov. "
        "Two days earlier police had searched his flat. Last year he was fined."
    )
    result = extract_text(text, "en")
    assert result["document"]["date"] is None
    dates = {tuple(e["act_types"]): e["date"]["start"] for e in result["events"]}
    assert dates[("court_hearing",)] == "2021-03-14"
    assert dates[("search",)] == "2021-03-12"
    assert dates[("fine",)] == "2020"
