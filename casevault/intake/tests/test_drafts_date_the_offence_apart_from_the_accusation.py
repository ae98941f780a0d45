from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str = "en") -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2021, 9, 1))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_date_inside_the_alleged_offence_does_not_date_the_accusation() -> None:
    text = (
        "On 2 August 2021 Mr Akhmetov was detained.\n\n"
        "He is accused of blocking a road on 14 May 2021."
    )
    assert ("2021-05-14", ["prosecution"]) not in events(text)


def test_russian_suspicion_of_a_dated_offence_is_not_dated_by_it() -> None:
    text = "Его подозревают в участии в митинге 5 января 2021 года."
    assert not [e for e in events(text, "ru") if e[0] == "2021-01-05"]
