""" "The following Monday", «в следующий понедельник» count from the running day, not from
the document's date; "the same month" names a month without losing that day; and "late last
year" leaves a chronology in December, so a later "in March" is March of this year."""

from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

REFERENCE = date(2025, 6, 30)  # a Monday


def resolve(text: str, lang: str) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), REFERENCE)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # 6 March 2025 was a Thursday.
        ("On 6 March she was fired. The following Monday her car was burnt.", "en",
         ["2025-03-06", "2025-03-10"]),
        ("6 марта её уволили. В следующий понедельник сожгли её машину.", "ru",
         ["2025-03-06", "2025-03-10"]),
        # A Monday after a Monday is the next week's.
        ("On 10 March he was fined; the next Monday he was fined again.", "en",
         ["2025-03-10", "2025-03-17"]),
        ("On 6 March she was fired, and a notice went up the same month. The following "
         "Monday her car was burnt.", "en", ["2025-03-06", "2025-03", "2025-03-10"]),
        ("Late last year he was fined. In March his car was damaged.", "en",
         ["2024", "2025-03"]),
        ("В конце прошлого года его оштрафовали, а в марте разбили машину.", "ru",
         ["2024", "2025-03"]),
    ],
)  # fmt: skip
def test_it_counts_from_the_running_day(text: str, lang: str, expected: list[str]) -> None:
    assert resolve(text, lang) == expected


def test_a_following_weekday_after_a_month_names_no_day() -> None:
    assert resolve("In March he was fined. The following Monday he left.", "en") == ["2025-03"]
