"""Pressure through an employer or an inspection is harassment or dismissal: a reprimand,
a demotion, contracts not renewed, an unscheduled inspection; and «пока не поздно», "a hard
time" are threats."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The nurse was given a formal reprimand for the interview.", "en", ["harassment"]),
        ("The union leader was demoted to a night shift.", "en", ["harassment"]),
        ("Tax officers carried out an unscheduled audit of the newspaper.", "en", ["harassment"]),
        ("The drivers learned that their contracts would not be renewed.", "en",
         ["dismissal_from_work"]),
        ("The major said her son would have a hard time.", "en", ["threat"]),
        ("Врачу объявили строгий выговор за пост.", "ru", ["harassment"]),
        ("В редакции прошла внеплановая налоговая проверка.", "ru", ["harassment"]),
        ("Звонивший посоветовал закрыть контору, пока не поздно.", "ru", ["threat"]),
    ],
)  # fmt: skip
def test_pressure_at_work_and_veiled_threats_are_acts(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected


def test_a_family_kept_from_a_visit_is_ill_treated_while_waiting_is_no_detention() -> None:
    sentence = "We were kept at the gate for an hour and they did not let us see her."
    assert codes(sentence, "en") == ["ill_treatment"]
