from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

WORDS = [
    "on", "in", "since", "8", "31", "29", "14", "October", "February", "May", "2018", "2019",
    "last", "year", "three", "days", "later", "the", "next", "day", "Friday", "ago", "в",
    "октябре", "февраля", "прошлого", "года", "пятницу", "через", "дня", "31.02.2019",
    "29.02.2019", "с", "по", "-", "летом", "накануне", ".", ",",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(WORDS), max_size=30),
    st.sampled_from(["en", "ru"]),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
)
def test_any_mix_of_date_words_resolves_to_valid_dates_or_nothing(words, lang, reference) -> None:
    text = " ".join(words)
    for mention, value in resolve_all(find_dates(text, lang), reference):
        assert text[mention.start : mention.end] == mention.text
        assert value.start is not None and value.end is not None and value.start <= value.end
