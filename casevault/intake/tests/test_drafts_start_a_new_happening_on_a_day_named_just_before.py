"""A day named in the sentence just before, which a known happening of the same kind cannot
have, starts a new happening ("Last Saturday we drove to the unit. They did not let us see
him"); a day inside a span already dated ("from 3 to 5 May") joins it."""

from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, "en", date(2025, 9, 22))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_fresh_day_before_an_undated_act_is_a_new_happening() -> None:
    text = (
        "In August guards refused to let us see him. "
        "On 20 September my mother travelled to the colony again. "
        "They did not let her see him."
    )
    assert events(text) == [("2025-08", ["ill_treatment"]), ("2025-09-20", ["ill_treatment"])]


def test_a_day_inside_a_dated_span_joins_it() -> None:
    text = (
        "From 3 to 5 September officers searched the office of the union.\n\n"
        "They arrived on 3 September with a warrant. They took away two laptops."
    )
    assert events(text) == [("2025-09-03", ["search", "confiscation"])]
