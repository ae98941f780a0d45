import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.intake.sentences import split_sentences

pytestmark = pytest.mark.pure


def test_it_does_not_split_at_abbreviations_and_initials() -> None:
    text = "On 8 Oct. 2018 Mr. Petrov met Е. Семёнова. She said: «Нас били». Then they left!"
    assert [s.text for s in split_sentences(text)] == [
        "On 8 Oct. 2018 Mr. Petrov met Е. Семёнова.",
        "She said: «Нас били».",
        "Then they left!",
    ]


def test_every_line_is_its_own_sentence_and_paragraphs_are_counted() -> None:
    text = "Chronology\n- 8 October: search\n\nNext paragraph here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Chronology",
        "- 8 October: search",
        "Next paragraph here.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


@given(st.text(alphabet=st.sampled_from("ab АБ.!?\n«»\"'1 "), max_size=200))
def test_offsets_always_point_at_the_sentence_text(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""
