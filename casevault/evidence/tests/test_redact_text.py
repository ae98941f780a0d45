from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.evidence.redact import RedactionError, find_spans, redact_text, redact_text_bytes

pytestmark = pytest.mark.pure

TEXT = "Семёнова Елена saw guards beat Aidar Seitkali; SEMENOVA later told Семенова's lawyer."


def test_every_occurrence_of_a_name_is_replaced_by_blocks() -> None:
    spans = find_spans(TEXT, "Aidar Seitkali") + find_spans(TEXT, "Семенова")
    redacted = redact_text(TEXT, spans)
    assert "Aidar" not in redacted and "Seitkali" not in redacted
    assert "Семёнова" not in redacted and "Семенова" not in redacted
    assert redacted.count("█████") == 3
    assert redacted.startswith("█████ Елена saw")


def test_a_name_split_across_lines_is_still_found() -> None:
    assert find_spans("prisoner Aidar\n  Seitkali was", "aidar seitkali") == [(9, 25)]


def test_overlapping_spans_and_styles() -> None:
    assert redact_text("abcdefgh", [(1, 4), (3, 6)], style="same-length") == "a█████gh"
    assert redact_text("abcdefgh", [(1, 4), (3, 6)], style="remove") == "agh"


def test_file_bytes_are_redacted_in_their_encoding() -> None:
    data = TEXT.encode("cp1251", errors="replace")
    result = redact_text_bytes(data, [(0, 8)], encoding="cp1251", style="remove")
    assert "Семёнова".encode("cp1251") not in result.data


def test_bad_offsets_are_refused() -> None:
    with pytest.raises(RedactionError, match="offsets"):
        redact_text("short", [(2, 50)])


@given(
    st.text(alphabet="abё еЕ\n", max_size=40),
    st.text(alphabet="abёе ", min_size=1, max_size=4).filter(lambda p: p.strip()),
)
def test_after_redaction_the_phrase_cannot_be_found_again(text: str, phrase: str) -> None:
    redacted = redact_text(text, find_spans(text, phrase))
    assert find_spans(redacted, phrase) == []
