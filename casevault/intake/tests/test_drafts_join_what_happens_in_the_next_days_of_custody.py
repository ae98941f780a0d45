"""A person taken a day or two before is still held: an undated act of custody on the next
day (no lawyer, a blow) belongs to that episode, not to a new event."""

from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, "en", date(2025, 5, 20))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_acts_of_the_next_day_join_the_detention() -> None:
    text = (
        "On 14 May Dias Serik was detained at a bus stop.\n\n"
        "The next day he was moved to another station. "
        "His lawyer was admitted only at night."
    )
    assert events(text) == [("2025-05-14", ["detention", "denial_of_legal_counsel"])]


def test_acts_a_week_later_are_another_event() -> None:
    text = (
        "On 4 May Dias Serik was detained at a bus stop.\n\n"
        "On 14 May he was moved to another station. "
        "His lawyer was admitted only at night."
    )
    assert events(text) == [
        ("2025-05-04", ["detention"]),
        ("2025-05-14", ["denial_of_legal_counsel"]),
    ]
