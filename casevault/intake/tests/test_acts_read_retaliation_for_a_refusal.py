"""A refusal told before an act ("refused to testify and was put in a punishment cell",
«после отказа подписать признание его избили») is the reason for the act, not its negation."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "He refused to testify and was placed in a punishment cell.",
            "en",
            ["solitary_confinement"],
        ),
        ("She did not resist and was beaten anyway.", "en", ["physical_assault"]),
        ("После отказа подписать признание его избили.", "ru", ["physical_assault"]),
        ("В ответ на отказ сотрудничать его уволили.", "ru", ["dismissal_from_work"]),
        ("Из-за отказа от сотрудничества его задержали.", "ru", ["detention"]),
        # still negated
        ("He was not beaten and was not threatened.", "en", []),
        ("Он получил отказ в возбуждении уголовного дела.", "ru", []),
    ],
)
def test_a_refusal_before_the_act_does_not_negate_it(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert [m.code for m in find_acts(sentence, lang)] == expected
