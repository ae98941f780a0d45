from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def test_a_lawyer_kept_away_joins_the_detention_not_the_search_that_day() -> None:
    text = (
        "Вчера днём Армана Сейтова задержали у подъезда.\n\n"
        "Вечером в его квартире провели обыск.\n\n"
        "Адвоката к нему не пускают."
    )
    result = extract_text(text, "ru", date(2022, 3, 15))
    by_type = {tuple(e["act_types"]): e["date"]["start"] for e in result["events"]}
    assert by_type == {
        ("detention", "denial_of_legal_counsel"): "2022-03-14",
        ("search",): "2022-03-14",
    }
