"""A date after the act that belongs to something later does not date the act: the release
("released the next morning"), the day a refusal ended ("admitted only on Friday"), the
month or year of a clause of its own («после того, как в 2024 году …»)."""

from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2025, 5, 20))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_the_release_day_does_not_date_the_detention() -> None:
    text = (
        "On 12 May the poet Aibek N. was detained at a reading. "
        "He was taken to the police station and released the next morning."
    )
    assert events(text, "en") == [("2025-05-12", ["detention"])]


def test_the_day_a_refusal_ended_does_not_date_it() -> None:
    text = (
        "12 мая поэта Айбека Н. задержали на чтениях. "
        "Защитника к нему допустили лишь на следующий день."
    )
    assert events(text, "ru") == [("2025-05-12", ["detention", "denial_of_legal_counsel"])]


def test_a_year_in_a_clause_of_its_own_does_not_date_the_act() -> None:
    text = (
        "Заседание 19 мая.\n\n"
        "Обвинение предъявлено Айбеку Н. после того, как в 2024 году он прочитал стихи."
    )
    assert all(when != "2024" for when, _ in events(text, "ru"))


def test_a_day_in_such_a_clause_still_dates_the_act() -> None:
    text = "A reporter was detained after she filmed a rally on 12 May."
    assert events(text, "en") == [("2025-05-12", ["detention"])]


def test_a_date_after_a_second_act_is_that_acts_own() -> None:
    text = (
        "On 12 May police detained twenty people at the rally. "
        "Aibek N. was kept overnight and fined the next day."
    )
    assert events(text, "en") == [("2025-05-12", ["detention"]), ("2025-05-13", ["fine"])]


def test_injuries_an_examination_recorded_later_are_dated_by_the_beating() -> None:
    text = (
        "On 12 May Aibek N. was detained. At the station officers kicked him.\n\n"
        "A forensic examination on 15 May recorded bruises on his back."
    )
    assert events(text, "en") == [("2025-05-12", ["detention", "physical_assault"])]
