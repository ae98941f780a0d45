from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, "en", date(2021, 6, 10))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_day_named_in_a_sentence_without_an_act_narrows_the_beating_it_describes() -> None:
    text = (
        "A farmer says he was beaten by strangers last month. "
        "Two men met him at the well on the morning of 12 May. "
        "They kicked him until he fell, he said."
    )
    assert events(text) == [("2021-05-12", ["physical_assault"])]


def test_a_day_named_together_with_another_act_does_not_move_the_beating() -> None:
    text = (
        "A farmer says he was beaten by strangers last month. "
        "He was detained on 12 May. "
        "They kicked him until he fell, he said."
    )
    assert ("2021-05", ["physical_assault"]) in events(text)
