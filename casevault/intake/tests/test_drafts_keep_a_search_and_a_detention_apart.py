from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    result = extract_text(text, lang, date(2023, 4, 12))
    return [(e["date"]["start"], e["act_types"]) for e in result["events"]]


def test_a_detention_after_a_search_on_the_same_day_is_its_own_event() -> None:
    text = (
        "On 5 April police searched the flat of Bekzat Imanaliev and seized two laptops. "
        "Imanaliev was taken to the city police station and kept there until the evening."
    )
    assert events(text, "en") == [
        ("2023-04-05", ["search", "confiscation"]),
        ("2023-04-05", ["detention"]),
    ]


def test_what_happens_in_custody_stays_with_the_detention() -> None:
    text = (
        "5 апреля Бекзата Иманалиева доставили в отдел полиции. "
        "Адвоката к нему не пустили, телефон изъяли."
    )
    assert events(text, "ru") == [
        ("2023-04-05", ["detention", "denial_of_legal_counsel", "confiscation"]),
    ]
