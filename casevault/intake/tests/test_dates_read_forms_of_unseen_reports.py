"""Date forms that fresh reports used: "of this year", hours ago, a weekday on a dateline,
a byline after the date, updates a day past the document's date, and a day told in
passing after the date of the act."""

from datetime import date

import pytest

from casevault.intake.dates import find_dates, find_document_date, resolve_all
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def resolve(text: str, lang: str, reference: date | None) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), reference)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On 3 February of this year he was put in a punishment cell.", "en", ["2025-02-03"]),
        ("He was grabbed off the street an hour ago.", "en", ["2025-03-04"]),
        ("Его задержали несколько часов назад.", "ru", ["2025-03-04"]),
        ("UPDATE, 6 March: he was given ten days.", "en", ["2025-03-06"]),
        # Further past the document's date, a day without a year is last year's.
        ("On 20 April he was fined.", "en", ["2024-04-20"]),
        ("He writes for Jetisu Today and was detained on Sunday.", "en", ["2025-03-02"]),
        ("Блогер с понедельника голодает.", "ru", ["2025-03-03"]),
        # A day that names a document dates nothing.
        ("Over an article of 4 November 2024 she was sued.", "en", []),
        ("На Ваше обращение от 12.02.2025 сообщаем.", "ru", []),
    ],
)
def test_fresh_date_forms_resolve(text: str, lang: str, expected: list[str]) -> None:
    assert resolve(text, lang, date(2025, 3, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALDYKORGAN, Tuesday 9 September 2025 - A reporter was held.", "9 September 2025"),
        ("URGENT ACTION\nIssued 3 February 2026\n\nA blogger was detained.", "3 February 2026"),
        ("What happened\nPosted on 14 April 2026 by Olga Mironenko\n\nText.", "14 April 2026"),
    ],
)
def test_weekdays_labels_and_bylines_around_the_document_date(text: str, expected: str) -> None:
    dateline = find_document_date(text, find_dates(text, "en"))
    assert dateline is not None and dateline.text == expected


def test_a_happening_told_after_a_dated_act_counts_back_from_it() -> None:
    text = (
        "Актобе, 21 июля 2025 года. Нургалиева задержали 4 марта, через два дня после того, "
        "как рабочие объявили голодовку. Спустя неделю суд отправил его под домашний арест."
    )
    events = {e["act_types"][0]: e["date"]["start"] for e in extract_text(text, "ru")["events"]}
    assert events == {
        "hunger_strike": "2025-03-02",
        "detention": "2025-03-04",
        "pretrial_detention": "2025-03-11",  # a week after the detention, not the strike
    }


def test_a_date_after_a_comma_is_the_day_an_anchor_names() -> None:
    text = "За неделю до нападения, 30 января, его вызвали в акимат."
    assert resolve(text, "ru", date(2026, 2, 10)) == ["2026-01-30"]
