"""Precision, recall and F1 of a linkage against known truth, pairwise and by cluster.

- *Pairwise*: the scored pairs at or above the threshold, against all true pairs.
- *Cluster*: every pair of records put in one predicted cluster, against all true pairs; this
  counts what the clustering adds (transitive links) and what it drags in (chains).
- *Cross-script*: the same, counting only pairs whose two records are written in different
  scripts (one Cyrillic, one Latin) — the duplicates the issue is about.

Cluster counts use the contingency table of predicted × true clusters, so a giant predicted
cluster costs O(records), not O(pairs).

Conventions: precision is 1.0 when nothing was predicted, recall is 1.0 when there was
nothing to find, F1 is 0.0 when both precision and recall are 0.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Literal

from casevault.linkage.features import PersonRecord, record_features
from casevault.linkage.model import LinkResult

Script = Literal["cyrillic", "latin", "other"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    actual: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def scores(true_positives: int, predicted: int, actual: int) -> Scores:
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_positives, predicted, actual)


def record_script(record: PersonRecord) -> Script:
    """The script of a record's first name: Cyrillic if it has any Cyrillic letter."""
    name = record.names[0] if record.names else ""
    if _CYRILLIC.search(name):
        return "cyrillic"
    if _LATIN.search(name):
        return "latin"
    return "other"


def _is_cross_script(scripts: Mapping[str, Script], left: str, right: str) -> bool:
    pair = {scripts[left], scripts[right]}
    return pair == {"cyrillic", "latin"}


def pairwise_scores(
    predicted_pairs: Iterable[tuple[str, str]],
    truth: Mapping[str, Hashable],
    scripts: Mapping[str, Script] | None = None,
) -> Scores:
    """Scored pairs against true pairs; with ``scripts``, cross-script pairs only."""
    seen: set[tuple[str, str]] = set()
    true_positives = 0
    for left, right in predicted_pairs:
        pair = (left, right) if left < right else (right, left)
        if pair in seen or left == right:
            continue
        if scripts is not None and not _is_cross_script(scripts, left, right):
            continue
        seen.add(pair)
        true_positives += truth[left] == truth[right]
    return scores(true_positives, len(seen), _true_pair_count(truth, scripts))


def _true_pair_count(truth: Mapping[str, Hashable], scripts: Mapping[str, Script] | None) -> int:
    return _pairs_within(Counter(truth.values()), truth, scripts)


def _pairs_within(
    sizes: Counter[Hashable],
    labels: Mapping[str, Hashable],
    scripts: Mapping[str, Script] | None,
) -> int:
    """Pairs inside groups: C(n, 2) per group, or Cyrillic × Latin when scripts are given."""
    if scripts is None:
        return sum(n * (n - 1) // 2 for n in sizes.values())
    per_script: Counter[tuple[Hashable, Script]] = Counter(
        (label, scripts[record_id]) for record_id, label in labels.items()
    )
    return sum(per_script[(label, "cyrillic")] * per_script[(label, "latin")] for label in sizes)


def cluster_scores(
    predicted_clusters: Mapping[str, Hashable],
    truth: Mapping[str, Hashable],
    scripts: Mapping[str, Script] | None = None,
) -> Scores:
    """Pairs implied by predicted clusters against true pairs.

    A record missing from ``predicted_clusters`` is a singleton.
    """
    predicted = {
        record_id: predicted_clusters.get(record_id, ("singleton", record_id))
        for record_id in truth
    }
    cells = {record_id: (predicted[record_id], truth[record_id]) for record_id in truth}
    true_positives = _pairs_within(Counter(cells.values()), cells, scripts)
    predicted_count = _pairs_within(Counter(predicted.values()), predicted, scripts)
    actual = _true_pair_count(truth, scripts)
    return scores(true_positives, predicted_count, actual)


def evaluate(
    result: LinkResult,
    truth: Mapping[str, Hashable],
    records: Sequence[PersonRecord],
    *,
    only: Collection[str] | None = None,
) -> dict[str, Scores]:
    """All four views of one linkage: pairwise, cluster, and both restricted to cross-script.

    ``only`` restricts the evaluation to a subset of records (both ends of every pair).
    """
    kept = set(truth) if only is None else set(only) & set(truth)
    truth = {record_id: truth[record_id] for record_id in kept}
    scripts = {record.id: record_script(record) for record in records if record.id in kept}
    clusters = {
        record_id: cluster for record_id, cluster in result.clusters.items() if record_id in kept
    }
    pairs = [
        (pair.id_l, pair.id_r)
        for pair in result.pairs
        if pair.match_probability >= result.threshold and pair.id_l in kept and pair.id_r in kept
    ]
    return {
        "pairwise": pairwise_scores(pairs, truth),
        "cluster": cluster_scores(clusters, truth),
        "pairwise_cross_script": pairwise_scores(pairs, truth, scripts),
        "cluster_cross_script": cluster_scores(clusters, truth, scripts),
    }


def complete_records(records: Sequence[PersonRecord]) -> set[str]:
    """Ids of records that give a surname, a full given name and a birth year."""
    complete = set()
    for record in records:
        parsed = record_features(record)
        if parsed.surname_key and parsed.given_key and record.birth_year is not None:
            complete.add(record.id)
    return complete
