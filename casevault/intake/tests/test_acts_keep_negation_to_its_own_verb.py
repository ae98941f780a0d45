"""A Russian negation covers its own verb: «не давали воды и угрожали» is two acts (water
withheld, a threat), while «не били и не угрожали» denies both."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str) -> list[str]:
    return [m.code for m in find_acts(sentence, "ru")]


def test_a_verb_after_i_is_not_negated_by_the_verb_before() -> None:
    assert codes("Следователи не давали ему спать и угрожали его брату.") == [
        "ill_treatment",
        "threat",
    ]


def test_a_verb_with_its_own_negation_stays_negated() -> None:
    assert codes("Его не били и не оскорбляли.") == []


def test_the_month_may_is_no_modal_verb() -> None:
    assert [m.code for m in find_acts("In May three drivers were fined.", "en")] == ["fine"]
    assert [m.code for m in find_acts("He may be fined.", "en")] == []
