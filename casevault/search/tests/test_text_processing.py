from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.search.text import index_terms, parse_query, title_score, words

pytestmark = pytest.mark.pure


def test_yo_and_ye_fold_alike_and_case_does_not_matter() -> None:
    assert index_terms("СЕМЁНОВА") == index_terms("семенова")


def test_a_name_in_any_script_shares_a_token_with_the_cyrillic_form() -> None:
    cyrillic = set(index_terms("Семёнова").split())
    for spelling in ["Semenova", "Semyonova", "Semionova", "Semjonowa"]:
        query = parse_query(spelling)
        tokens = {alt.token for alt in query.groups[0]}
        assert tokens & cyrillic or any(
            alt.prefix and any(t.startswith(alt.token) for t in cyrillic) for alt in query.groups[0]
        ), spelling


def test_stopwords_are_dropped_and_an_empty_query_is_falsy() -> None:
    assert words("the beating in the cell") == ["beating", "cell"]
    assert not parse_query("the and в и")
    assert not parse_query("!!! ---")


def test_each_word_is_a_group_of_alternatives_and_the_last_one_a_prefix() -> None:
    query = parse_query("beaten sem")
    assert query.fts5() == '("beaten" OR "beat"*) AND ("sem"*)'
    assert query.tsquery() == "('beaten' | 'beat':*) & ('sem':*)"


@given(st.text())
def test_processing_never_raises_and_tokens_are_plain(text: str) -> None:
    for token in index_terms(text, text[::-1]).split():
        assert token.isalnum() and len(token) <= 60
    query = parse_query(text)
    for group in query.groups:
        for alt in group:
            assert alt.token.isalnum()
    # The rendered queries only quote plain tokens: no syntax from the user gets through.
    assert query.fts5().count('"') % 2 == 0
    assert "'" not in "".join(alt.token for group in query.groups for alt in group)


def test_numbered_words_do_not_match_each_other_through_their_letters() -> None:
    assert parse_query("protocol0001").fts5() == '("protocol0001"*)'
    assert "protokol" not in index_terms("protocol0002").split()


def test_a_title_scores_by_the_query_words_it_matches() -> None:
    query = parse_query("Semenova beaten")
    assert title_score(query, "Семёнову избили") == 1
    assert title_score(query, "Elena Semyonova was beaten") == 2
    assert title_score(query, "Court hearing") == 0
