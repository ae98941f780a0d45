import pytest

from casevault.intake.dates import find_dates, find_document_date

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Blogger taken off flight\n\nKOSTANAY, 26 October 2023 — A blogger was removed.",
            "en",
            "26 October 2023",
        ),
        (
            "Разогнали акцию\n\nЖезказган, 3 марта 2023 года. В среду полиция разогнала акцию.",
            "ru",
            "3 марта 2023 года",
        ),
    ],
)
def test_a_place_and_a_date_before_the_story_date_the_document(
    text: str, lang: str, expected: str
) -> None:
    dateline = find_document_date(text, find_dates(text, lang))
    assert dateline is not None and dateline.text == expected


def test_a_date_inside_a_sentence_of_the_story_is_not_a_dateline() -> None:
    text = "Statement\n\nOn 3 May 2022 — the day of the visit — monitors were refused entry."
    assert find_document_date(text, find_dates(text, "en")) is None
