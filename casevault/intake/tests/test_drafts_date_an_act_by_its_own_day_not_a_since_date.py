from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str = "en") -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2024, 3, 14))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_beating_takes_its_own_day_rather_than_the_start_of_a_custody() -> None:
    text = "Relatives of Dauren Abdikarimov, held since 8 March, say he was beaten on 10 March."
    assert ("2024-03-10", ["physical_assault"]) in events(text)


def test_a_hearing_named_as_an_anchor_joins_the_hearing_it_names() -> None:
    text = (
        "On the eve of the first hearing, police summoned Ospanova for questioning.\n\n"
        "On 21 December 2023 the court began considering the case."
    )
    assert events(text) == [
        ("2023-12-20", ["harassment"]),
        ("2023-12-21", ["court_hearing"]),
    ]
