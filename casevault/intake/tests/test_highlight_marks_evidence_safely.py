import pytest

from casevault.intake.highlight import highlight

pytestmark = pytest.mark.pure


def test_overlapping_evidence_of_two_drafts_is_split_and_numbered() -> None:
    text = "one <b>two</b> three"
    html = highlight(text, [[{"start": 0, "end": 14}], [{"start": 4, "end": 20}]])

    assert html == (
        '<span id="evidence-1"></span><mark data-drafts="1">one </mark>'
        '<span id="evidence-2"></span><mark data-drafts="1 2">&lt;b&gt;two&lt;/b&gt;</mark>'
        '<mark data-drafts="2"> three</mark>'
    )


def test_offsets_outside_the_text_are_ignored() -> None:
    assert highlight("a<b", [[{"start": 2, "end": 99}, {"start": 3, "end": 1}]]) == "a&lt;b"
