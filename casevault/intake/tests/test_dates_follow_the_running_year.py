from datetime import date

import pytest

from casevault.intake.dates import find_dates, find_document_date, resolve_all

pytestmark = pytest.mark.pure


def resolve(text: str, lang: str, reference: date) -> list[str]:
    mentions = find_dates(text, lang)
    dateline = find_document_date(text, mentions)
    return [d.to_text() for m, d in resolve_all(mentions, reference, dateline) if m is not dateline]


def test_a_month_without_a_year_takes_the_year_the_text_has_moved_into() -> None:
    text = "In 2017 she was fined. In December the case was reopened."
    assert resolve(text, "en", date(2019, 6, 1)) == ["2017", "2017-12"]


def test_a_chronology_rolls_over_new_year() -> None:
    text = "In December 2018 her house was searched. On 14 January police dragged her out."
    assert resolve(text, "en", date(2019, 1, 29)) == ["2018-12", "2019-01-14"]


def test_russian_months_follow_the_context_too() -> None:
    text = "Летом 2016 года он переехал. В октябре его задержали."
    assert resolve(text, "ru", date(2019, 2, 1)) == ["2016-06/2016-08", "2016-10"]


def test_the_dateline_does_not_move_the_context() -> None:
    text = "Statement\n29 January 2019\n\nOn 8 October her house was searched."
    mentions = find_dates(text, "en")
    dateline = find_document_date(text, mentions)
    assert dateline is not None and dateline.text == "29 January 2019"
    assert resolve(text, "en", date(2019, 1, 29)) == ["2018-10-08"]


def test_the_date_of_a_saying_is_marked_as_such() -> None:
    text = "He was tortured, his brother told reporters on Thursday."
    (mention,) = find_dates(text, "en")
    assert mention.reporting
