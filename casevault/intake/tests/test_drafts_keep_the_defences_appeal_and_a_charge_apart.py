"""An appeal is the defence's own step and a charge is not the arrest: on the day of another
happening, each is still an event of its own."""

from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2025, 5, 20))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_an_appeal_the_same_day_as_a_remand_is_its_own_event() -> None:
    text = "On 14 May the court remanded Dias Serik in custody. His lawyer filed an appeal."
    assert events(text, "en") == [
        ("2025-05-14", ["pretrial_detention"]),
        ("2025-05-14", ["appeal"]),
    ]


def test_a_charge_after_a_detention_the_same_day_is_its_own_event() -> None:
    text = (
        "14 мая Диаса Серика задержали у дома. Вечером ему объявили о подозрении в мошенничестве."
    )
    assert events(text, "ru") == [
        ("2025-05-14", ["detention"]),
        ("2025-05-14", ["prosecution"]),
    ]


def test_a_charge_and_the_fine_that_ends_it_are_two_events() -> None:
    text = (
        "On 12 May Dias Serik was taken to the police station. A report was drawn up against "
        "him; on 15 May the court fined him."
    )
    assert events(text, "en") == [
        ("2025-05-12", ["detention"]),
        ("2025-05-12", ["prosecution"]),
        ("2025-05-15", ["fine"]),
    ]
