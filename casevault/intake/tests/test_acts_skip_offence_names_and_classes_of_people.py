"""Act words that name something else are not acts: the offence someone is charged with
("charged with 'insulting an official'", «обвиняют в избиении»), a class of people ("clients
who say they were tortured"), an allegation that was not confirmed, and a link discussed
(«версия о связи нападения с …»)."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "The poet was charged in March with 'insulting a judge'.",
            "en",
            ["prosecution", "prosecution_speech"],
        ),
        ("Фермера обвиняют в избиении участкового.", "ru", ["prosecution"]),
        ("The clinic treats dozens of people who say they were tortured.", "en", []),
        ("Your allegation that a guard kicked your son was not confirmed.", "en", []),
        ("Следствие не рассматривает версию о связи поджога с его работой.", "ru", []),
    ],
)
def test_names_of_offences_and_topics_are_not_acts(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected


def test_a_charge_named_beside_a_closed_case_stays_a_charge() -> None:
    found = codes("Charged in May with fraud, the activist saw the case closed in June.", "en")
    assert "prosecution" in found
