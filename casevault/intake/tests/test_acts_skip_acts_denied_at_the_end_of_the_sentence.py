"""A Russian sentence that ends by saying there was none denies the act nouns before it:
«Избиений … не было», «Жалоб на угрозы … не поступило»."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str) -> list[str]:
    return [m.code for m in find_acts(sentence, "ru")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Пыток и угроз расправой, как подчеркнул сам осуждённый, не было.",
        "Жалоб на избиения или оскорбления со стороны конвоя не поступило.",
        "Случаев водворения в карцер за отчётный период не выявлено.",
    ],
)
def test_acts_denied_at_the_end_are_not_counted(sentence: str) -> None:
    assert codes(sentence) == []


def test_a_past_verb_before_a_later_denial_still_counts() -> None:
    assert codes("Его избили, а протокола составлено не было.") == ["physical_assault"]
