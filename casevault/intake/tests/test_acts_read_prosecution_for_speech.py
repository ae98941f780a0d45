"""`prosecution_speech` is a prosecution for what someone said or wrote (the vocabulary's
"Prosecution for speech"), never the prosecutor's speech in court."""

from datetime import date

import pytest

from casevault.intake.acts import find_acts
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return sorted({m.code for m in find_acts(sentence, lang)})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "She was charged with spreading false information over a post on Facebook.",
            "en",
            ["prosecution", "prosecution_speech"],
        ),
        (
            "A case for disseminating knowingly false information was opened against him.",
            "en",
            ["prosecution", "prosecution_speech"],
        ),
        (
            "He faces charges of inciting social discord over his articles.",
            "en",
            ["prosecution", "prosecution_speech"],
        ),
        (
            "Против него возбудили дело о распространении заведомо ложной информации.",
            "ru",
            ["prosecution", "prosecution_speech"],
        ),
        ("Против неё завели дело за пост о больнице.", "ru", ["prosecution", "prosecution_speech"]),
        # the prosecutor's speech is part of the hearing
        ("The prosecutor asked for four years in a colony.", "en", ["court_hearing"]),
        ("Прокурор попросил назначить ему штраф.", "ru", ["court_hearing"]),
        # a fine or a verdict in a speech case keeps its own type
        ("A court fined him for spreading false information.", "en", ["fine"]),
        ("Суд оштрафовал его за «распространение ложной информации».", "ru", ["fine"]),
        # a dropped case is not a prosecution, whatever it was for
        (
            "The case for spreading false information against him was dropped.",
            "en",
            ["charges_dropped"],
        ),
        # and "could face charges" is no charge yet
        ("He could face charges of spreading false information.", "en", []),
    ],
)
def test_speech_as_the_offence_marks_the_charge(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The regional court rejected the appeal of Daniyar Omarov.", "en"),
        ("The appeals court dismissed her appeal.", "en"),
        ("Областной суд отклонил апелляционную жалобу Омарова.", "ru"),
    ],
)
def test_an_appeal_rejected_is_still_an_appeal(sentence: str, lang: str) -> None:
    assert codes(sentence, lang) == ["appeal"]


def test_the_end_of_a_term_is_not_the_day_of_the_act() -> None:
    result = extract_text(
        "On 5 March 2026 the court extended his detention until 20 May.", "en", date(2026, 6, 1)
    )
    assert [e["date"]["start"] for e in result["events"]] == ["2026-03-05"]
