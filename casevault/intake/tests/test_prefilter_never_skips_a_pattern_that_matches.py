"""The literal prefilter of the act lexicon and the date patterns only skips patterns that
cannot match: skipping one must never change what extraction finds."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casevault.intake.acts import _lexicon
from casevault.intake.date_patterns import COMPILED
from casevault.intake.eval.scoring import load_gold
from casevault.intake.prefilter import LiteralFilter
from casevault.intake.readers import read_file
from casevault.intake.sentences import split_sentences

pytestmark = pytest.mark.pure

PATTERN_LISTS = {
    "acts_en": [pattern for _, pattern in _lexicon("en")],
    "acts_ru": [pattern for _, pattern in _lexicon("ru")],
    "dates_en": [pattern for pattern, _ in COMPILED["en"]],
    "dates_ru": [pattern for pattern, _ in COMPILED["ru"]],
}
FILTERS = {name: LiteralFilter(patterns) for name, patterns in PATTERN_LISTS.items()}
ALL = [(name, index) for name, patterns in PATTERN_LISTS.items() for index in range(len(patterns))]


def assert_kept(name: str, text: str) -> None:
    kept = set(FILTERS[name].candidates(text))
    for index, pattern in enumerate(PATTERN_LISTS[name]):
        if pattern.search(text):
            assert index in kept, (name, index, pattern.pattern, text)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(ALL), st.data())
def test_a_text_that_a_pattern_matches_keeps_that_pattern(which, data) -> None:
    name, index = which
    pattern = PATTERN_LISTS[name][index]
    text = data.draw(st.from_regex(pattern))
    variant = data.draw(st.sampled_from([str, str.upper, str.title, str.lower]))
    text = variant(text)
    if pattern.search(text):
        assert index in FILTERS[name].candidates(text)


def test_every_pattern_that_matches_the_annotated_documents_is_kept() -> None:
    for gold in load_gold():
        text = read_file(gold["path"]).text
        lang = "ru" if gold["lang"] in {"ru", "kk"} else "en"
        for variant in (text, text.upper()):
            assert_kept(f"dates_{lang}", variant)
        for sentence in split_sentences(text):
            folded = sentence.text.lower().replace("ё", "е")
            assert_kept(f"acts_{lang}", folded)


def test_a_pattern_whose_literals_are_absent_is_skipped() -> None:
    patterns = [re.compile(r"\bbeat(?:en)?\b"), re.compile(r"\bsearch\w*"), re.compile(r"\d+")]
    assert LiteralFilter(patterns).candidates("police searched the flat on 5 May") == [1, 2]
    assert LiteralFilter(patterns).candidates("he was beaten") == [0, 2]
