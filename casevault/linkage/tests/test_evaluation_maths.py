"""Pairwise and cluster precision/recall/F1, overall and across scripts, on tiny cases."""

import pytest

from casevault.linkage.evaluate import (
    Script,
    cluster_scores,
    pairwise_scores,
    record_script,
    scores,
)
from casevault.linkage.features import PersonRecord

pytestmark = pytest.mark.pure

# Two true people: a (3 records) and b (2 records).
TRUTH = {"1": "a", "2": "a", "3": "a", "4": "b", "5": "b"}
SCRIPTS: dict[str, Script] = {
    "1": "cyrillic",
    "2": "latin",
    "3": "latin",
    "4": "cyrillic",
    "5": "cyrillic",
}


def test_perfect_pairs_score_one() -> None:
    pairs = [("1", "2"), ("2", "3"), ("1", "3"), ("4", "5")]
    assert pairwise_scores(pairs, TRUTH) == scores(4, 4, 4)
    assert scores(4, 4, 4).f1 == 1.0


def test_pairs_are_counted_once_whatever_their_order() -> None:
    result = pairwise_scores([("1", "2"), ("2", "1"), ("3", "3")], TRUTH)
    assert (result.true_positives, result.predicted, result.actual) == (1, 1, 4)
    assert result.recall == pytest.approx(0.25)
    assert result.f1 == pytest.approx(2 * 1.0 * 0.25 / 1.25)


def test_a_wrong_pair_lowers_precision() -> None:
    result = pairwise_scores([("1", "2"), ("3", "4")], TRUTH)
    assert (result.precision, result.recall) == (0.5, 0.25)


def test_clusters_count_every_pair_inside_them() -> None:
    # Everything in one cluster: 10 predicted pairs, 4 of them true.
    result = cluster_scores(dict.fromkeys(TRUTH, "x"), TRUTH)
    assert (result.true_positives, result.predicted, result.actual) == (4, 10, 4)
    assert result.precision == pytest.approx(0.4)
    assert result.recall == 1.0


def test_records_missing_from_the_clusters_are_singletons() -> None:
    result = cluster_scores({"1": "x", "2": "x"}, TRUTH)
    assert (result.true_positives, result.predicted, result.actual) == (1, 1, 4)


def test_cross_script_counts_only_cyrillic_latin_pairs() -> None:
    # True cross-script pairs: (1,2) and (1,3); b's records are both Cyrillic.
    pairs = [("1", "2"), ("2", "3"), ("4", "5")]
    result = pairwise_scores(pairs, TRUTH, SCRIPTS)
    assert (result.true_positives, result.predicted, result.actual) == (1, 1, 2)
    clustered = cluster_scores({"1": "x", "2": "x", "3": "x", "4": "x"}, TRUTH, SCRIPTS)
    # Cluster x holds 1 Cyrillic a, 2 Latin a, 1 Cyrillic b: cross pairs 2×2=4, true 2.
    assert (clustered.true_positives, clustered.predicted, clustered.actual) == (2, 4, 2)


def test_nothing_predicted_and_nothing_to_find_are_not_errors() -> None:
    assert scores(0, 0, 0) == scores(0, 0, 0)
    assert (scores(0, 0, 5).precision, scores(0, 0, 5).recall, scores(0, 0, 5).f1) == (
        1.0,
        0.0,
        0.0,
    )


def test_a_records_script_is_that_of_its_first_name() -> None:
    assert record_script(PersonRecord(id="1", names=["Семенова Е."])) == "cyrillic"
    assert record_script(PersonRecord(id="2", names=["E. Semyonova"])) == "latin"
    assert record_script(PersonRecord(id="3", names=["12"])) == "other"
