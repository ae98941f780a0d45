from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str = "en") -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2019, 1, 29))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_sentence_without_a_date_continues_the_happening_before_it() -> None:
    text = "On 8 October police searched her house. They confiscated two laptops."
    assert events(text) == [("2018-10-08", ["search", "confiscation"])]


def test_a_summary_and_the_chronology_entry_become_one_event_at_the_finer_date() -> None:
    text = (
        "In January 2019 police dragged Elena Semionova out of a police station.\n\n"
        "Chronology\nOn 14 January 2019 police officers dragged Semionova out of the station."
    )
    assert events(text) == [("2019-01-14", ["physical_assault"])]


def test_different_dates_in_one_sentence_make_different_events() -> None:
    text = "He was detained on 3 March, and on 5 March the court fined him."
    assert events(text) == [("2018-03-03", ["detention"]), ("2018-03-05", ["fine"])]


def test_acts_with_no_date_anywhere_are_not_proposed() -> None:
    assert events("Activists say they are harassed.") == []
