"""An English spelling of a Cyrillic initial may take two letters: "Ye. Kaliyev", "Zh. Omarova"."""

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def test_a_two_letter_initial_starts_a_name() -> None:
    text = "The ministry sent its deputy head, Mr Zh. Tulegenov, to the meeting."
    names = [p["name"] for p in extract_text(text, "en")["entities"]["persons"]]
    assert names == ["Zh. Tulegenov"]
