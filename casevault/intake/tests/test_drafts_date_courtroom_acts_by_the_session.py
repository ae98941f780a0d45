"""In hearing notes, a defendant's account of an earlier day does not move the day the
courtroom is on: the prosecutor's speech after it belongs to the session."""

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang)
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_the_speech_after_testimony_is_dated_by_the_session() -> None:
    text = (
        "Hearing notes\n"
        "Session of 9 September 2025\n\n"
        "The trial resumed at noon.\n"
        "The defendant testified that on 3 March officers had searched his garage. "
        "The prosecutor asked for four years in a colony."
    )
    assert events(text, "en") == [
        ("2025-03-03", ["search"]),
        ("2025-09-09", ["court_hearing"]),
    ]


def test_the_same_holds_under_a_russian_heading() -> None:
    text = (
        "Заметки наблюдателя\n"
        "9 сентября 2025 г.\n\n"
        "Заседание началось в полдень.\n"
        "Подсудимый заявил, что 3 марта оперативники обыскали его гараж.\n\n"
        "Прокурор попросил назначить ему четыре года лишения свободы."
    )
    assert events(text, "ru") == [
        ("2025-03-03", ["search"]),
        ("2025-09-09", ["court_hearing"]),
    ]
