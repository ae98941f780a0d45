"""Clustering joins pairs best first but never two groups whose records contradict."""

import pytest

from casevault.linkage.clustering import RecordFacts, cluster_without_contradictions, near_spelling
from casevault.linkage.model import cluster_by_components

pytestmark = pytest.mark.pure

ARTYOM = RecordFacts(given_key="artem", given_initial="a", birth_year=1979, sex="m")
ALEKSEI = RecordFacts(given_key="aleksei", given_initial="a", birth_year=1979, sex="m")
A_ONLY = RecordFacts(given_initial="a", sex="m")


def test_an_initials_only_record_does_not_chain_two_different_full_names() -> None:
    ids = ["artyom", "aleksei", "a-mironov"]
    pairs = [("a-mironov", "artyom", 0.8), ("a-mironov", "aleksei", 0.7)]
    clusters = cluster_without_contradictions(ids, [ARTYOM, ALEKSEI, A_ONLY], pairs)
    assert clusters["a-mironov"] == clusters["artyom"]  # the better pair wins
    assert clusters["aleksei"] != clusters["artyom"]
    # Plain connected components chain all three: what the baseline does.
    chained = cluster_by_components(ids, pairs)
    assert len(set(chained.values())) == 1


def test_birth_years_more_than_two_apart_are_two_people() -> None:
    ids = ["a", "b", "c"]
    facts = [
        RecordFacts(given_key="elena", birth_year=1980),
        RecordFacts(given_key="elena", birth_year=1981),
        RecordFacts(given_key="elena", birth_year=1983),
    ]
    clusters = cluster_without_contradictions(ids, facts, [("a", "b", 0.9), ("b", "c", 0.8)])
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_a_typo_in_a_given_name_is_not_a_contradiction() -> None:
    facts = [RecordFacts(given_key="ivan"), RecordFacts(given_key="ivna")]
    clusters = cluster_without_contradictions(["a", "b"], facts, [("a", "b", 0.7)])
    assert clusters["a"] == clusters["b"] == "a"


def test_a_latin_y_initial_may_stand_for_yelena() -> None:
    facts = [RecordFacts(given_key="elena", given_initial="e"), RecordFacts(given_initial="i")]
    clusters = cluster_without_contradictions(["a", "b"], facts, [("a", "b", 0.7)])
    assert clusters["a"] == clusters["b"]


def test_different_sexes_and_patronymics_keep_records_apart() -> None:
    facts = [
        RecordFacts(patronymic_key="viktorovna", sex="f"),
        RecordFacts(patronymic_key="sergeevna", sex="f"),
        RecordFacts(sex="m"),
    ]
    pairs = [("a", "b", 0.99), ("a", "c", 0.98)]
    clusters = cluster_without_contradictions(["a", "b", "c"], facts, pairs)
    assert len(set(clusters.values())) == 3


@pytest.mark.parametrize(
    ("left", "right", "near"),
    [
        ("ivan", "ivna", True),  # two neighbours swapped
        ("mikhail", "mihail", True),
        ("aleksandr", "aleksnadr", True),
        ("anna", "olga", False),
        ("aleksei", "aleksandr", False),
        ("oleg", "olga", False),
    ],
)
def test_near_spelling_allows_one_typo(left: str, right: str, near: bool) -> None:
    assert near_spelling(left, right) is near


def test_two_groups_with_different_typos_of_one_name_still_join() -> None:
    # "miail" and "mikhail" are two edits apart, but each group also has "mihail".
    facts = [
        RecordFacts(given_key="miail"),
        RecordFacts(given_key="mihail"),
        RecordFacts(given_key="mihail"),
        RecordFacts(given_key="mikhail"),
    ]
    pairs = [("a", "b", 0.95), ("c", "d", 0.9), ("b", "c", 0.8)]
    clusters = cluster_without_contradictions(["a", "b", "c", "d"], facts, pairs)
    assert len(set(clusters.values())) == 1


def test_a_group_is_not_joined_by_a_name_far_from_all_its_spellings() -> None:
    facts = [
        RecordFacts(given_key="aleksei"),
        RecordFacts(given_key="aleksej"),
        RecordFacts(given_key="aleksandr"),
    ]
    pairs = [("a", "b", 0.9), ("b", "c", 0.8)]
    clusters = cluster_without_contradictions(["a", "b", "c"], facts, pairs)
    assert clusters["a"] == clusters["b"] != clusters["c"]
