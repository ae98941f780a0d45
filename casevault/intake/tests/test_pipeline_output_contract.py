from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.intake.acts import ACT_TYPES
from casevault.intake.pipeline import extract_text
from casevault.intake.readers import normalise_text

pytestmark = pytest.mark.pure

TEXT = """Kazakhstan: stop the reprisals
29 January 2019

On 14 January 2019 police officers dragged Elena Semionova out of the Ekibastuz police station.
In\u00a0November someone threw two bottles of flammable liquid at her house.\r\n"""


def test_the_result_has_the_documented_shape_and_evidence_quotes_the_text_exactly() -> None:
    result = extract_text(TEXT)
    text = normalise_text(TEXT)
    assert result["document"] == {
        "language": "en",
        "title": "Kazakhstan: stop the reprisals",
        "date": "2019-01-29",
        "reference": None,
    }
    assert [e["date"] for e in result["events"]] == [
        {"start": "2018-11", "end": "2018-11", "precision": "month"},
        {"start": "2019-01-14", "end": "2019-01-14", "precision": "day"},
    ]
    for event in result["events"]:
        assert set(event) == {
            "date", "act_types", "summary", "victims", "perpetrators", "places", "evidence", "confidence"
        }  # fmt: skip
        assert set(event["act_types"]) <= set(ACT_TYPES)
        assert 0 < event["confidence"] <= 1
        for evidence in event["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert result["entities"]["persons"][0]["name"] == "Elena Semionova"


def test_an_explicit_reference_date_wins_over_the_dateline() -> None:
    result = extract_text(TEXT, "en", date(2020, 3, 1))
    assert result["document"]["date"] == "2020-03-01"


@settings(max_examples=25, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab Ab.,\n8 Oct 2018 detained beaten в мае задержали"),
        max_size=300,
    )
)
def test_any_text_gives_a_valid_result_with_exact_evidence(text: str) -> None:
    result = extract_text(text, "auto", date(2019, 1, 29))
    normalised = normalise_text(text)
    for event in result["events"]:
        for evidence in event["evidence"]:
            assert normalised[evidence["start"] : evidence["end"]] == evidence["text"]
