"""A request governs the act it names even across a long clause: "I ask you to open a
criminal investigation under Article 146 of the Criminal Code into the beating …"."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def test_an_act_at_the_end_of_a_long_request_is_not_reported() -> None:
    sentence = (
        "I ask you to open a criminal investigation under Article 146 of the Criminal Code "
        "of the Republic into the beating of my client."
    )
    assert find_acts(sentence, "en") == []


def test_the_case_opened_into_an_act_still_reports_it() -> None:
    assert [m.code for m in find_acts("Police opened a case into the arson of her car.", "en")] == [
        "arson"
    ]
