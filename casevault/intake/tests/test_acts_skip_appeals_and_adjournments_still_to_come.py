"""An appeal in the infinitive («помогает обжаловать», «будем обжаловать») is not yet
made, and a hearing adjourned "until" a day names the next one; but "until" after any other
act only says how long it went on."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Фонд помогает родителям обжаловать штрафы.",
        "Мы будем обжаловать это решение.",
    ],
)
def test_an_appeal_not_yet_made_is_not_an_act(sentence: str) -> None:
    assert "appeal" not in codes(sentence, "ru")


def test_an_appeal_made_is_an_act() -> None:
    assert codes("Защита обжаловала арест в областном суде.", "ru")[:1] == ["appeal"]


def test_a_hearing_adjourned_until_a_day_is_the_next_one() -> None:
    assert codes("The judge adjourned the hearing until 4 June.", "en") == []


def test_an_act_that_went_on_until_something_happened_is_still_an_act() -> None:
    assert codes("A guard kicked him until he fell silent.", "en") == ["physical_assault"]
