"""Fellegi–Sunter linkage of person records with Splink, in memory.

``link`` trains a model without labels (u by random sampling, m by EM; optionally m from
reviewed pairs), scores the blocked pairs and clusters them at a threshold. The same
``build_settings`` run on Splink's Spark backend: pass ``db_api=SparkAPI(...)`` (see
docs/linkage.md).

Why these blocking rules: a cross-script pair («Семенова Е.» / "Elena Semionova") agrees on
no raw string, only on keys. So every rule blocks on transliteration keys, and each uses two
of them: a low-cardinality column alone (sex, birth year) makes blocks, and EM, explode.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import duckdb
import pyarrow as pa
import splink
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule
from splink.internals.blocking_rule_creator import BlockingRuleCreator
from splink.internals.database_api import DatabaseAPISubClass

from casevault.linkage.clustering import RecordFacts, cluster_without_contradictions
from casevault.linkage.features import PersonRecord, baseline_table, features_table

__all__ = [
    "MODEL_FORMAT",
    "LinkResult",
    "PersonRecord",
    "ScoredPair",
    "baseline_settings",
    "build_settings",
    "in_memory_duckdb",
    "link",
]

# Bump when features or settings change in a way that changes scores: the version string
# is stored with every reviewed merge so a score can be traced to the model that made it.
MODEL_FORMAT = "casevault-linkage-4"
# Clusters join pairs from this probability up, best first, never two groups that
# contradict each other (see clustering.py). Chosen on seed 1 of the generator at 10k and
# 100k records, not on the benchmark's seed: cross-script cluster F1 was flat between 0.5
# and 0.7 and fell above 0.8.
CLUSTER_THRESHOLD = 0.6

Kind = Literal["ours", "baseline"]


@dataclass(frozen=True, slots=True)
class ScoredPair:
    id_l: str
    id_r: str
    match_probability: float
    match_weight: float


@dataclass(slots=True)
class LinkResult:
    pairs: list[ScoredPair]  # pairs scored at or above the threshold
    clusters: dict[str, str]  # record id -> cluster id (every record, singletons too)
    model_version: str
    threshold: float
    model: dict[str, Any]  # the trained Splink model, to store beside reviewed merges
    cluster_threshold: float = CLUSTER_THRESHOLD

    def cluster_members(self) -> dict[str, list[str]]:
        members: dict[str, list[str]] = {}
        for record_id, cluster_id in self.clusters.items():
            members.setdefault(cluster_id, []).append(record_id)
        return members


def _surname_comparison() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="surname",
        comparison_levels=[
            cll.NullLevel("surname_key"),
            cll.ExactMatchLevel("surname_key", term_frequency_adjustments=True),
            cll.ExactMatchLevel("surname_stem", term_frequency_adjustments=True),
            # A near spelling, or one that differs only in s/z, sh/zh (German "Sacharow").
            cll.Or(
                cll.JaroWinklerLevel("surname_stem", 0.94), cll.ExactMatchLevel("surname_loose")
            ).configure(label_for_charts="Stem Jaro-Winkler >= 0.94 or same but for s/z, sh/zh"),
            cll.JaroWinklerLevel("surname_stem", 0.86),
            cll.ElseLevel(),
        ],
    )


def _given_comparison() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="given_name",
        comparison_levels=[
            cll.NullLevel("given_initial"),
            cll.ExactMatchLevel("given_key", term_frequency_adjustments=True),
            cll.JaroWinklerLevel("given_key", 0.9),
            # One side gives only an initial ("E. Semyonova", "Y. Semyonova"): it agrees with
            # the other side's name or not.
            cll.And(
                cll.NullLevel("given_key"),
                cll.CustomLevel(
                    "given_initial_l = given_initial_r"
                    " OR given_initial_l = given_initial_alt_r"
                    " OR given_initial_alt_l = given_initial_r"
                ),
            ).configure(label_for_charts="Initial agrees with the other side's name"),
            cll.ElseLevel(),
        ],
    )


_PATRONYMIC_EXACT = "Patronymic the same"
_PATRONYMIC_NEAR = "Patronymic a near spelling (Jaro-Winkler >= 0.9)"


def patronymic_levels(linker: Linker) -> dict[str, Any]:
    """The patronymic comparison's levels in ``linker``'s settings, by their chart label."""
    comparison = next(
        c for c in linker._settings_obj.comparisons if c.output_column_name == "patronymic"
    )
    return {level.label_for_charts: level for level in comparison.comparison_levels}


def floor_near_patronymic(linker: Linker, floor: float = 0.001) -> None:
    """Keep a typo in a patronymic from vetoing a match.

    When the records hold no patronymic typos (our synthetic data), EM puts m for "near
    spelling" at about 1e-40: a veto of some 120 bits against any pair whose patronymics
    differ by a typo. Real records do have such typos. The floor takes the share from the
    exact level, so the levels still sum to one.
    """
    levels = patronymic_levels(linker)
    near, exact = levels[_PATRONYMIC_NEAR], levels[_PATRONYMIC_EXACT]
    # None: EM saw no such pair at all, and the level would count for nothing.
    current = near.m_probability
    if current is None or current < floor:
        missing = floor - (current or 0.0)
        near.m_probability = floor
        exact.m_probability = max(float(exact.m_probability or 0.0) - missing, floor)
        # Splink copies the trained values back over the levels before it scores,
        # unless a level's m is marked fixed; training is over by now.
        near._fix_m_probability = exact._fix_m_probability = True


def _patronymic_comparison() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="patronymic",
        comparison_levels=[
            cll.NullLevel("patronymic_initial"),
            cll.ExactMatchLevel("patronymic_key").configure(label_for_charts=_PATRONYMIC_EXACT),
            cll.JaroWinklerLevel("patronymic_key", 0.9).configure(
                label_for_charts=_PATRONYMIC_NEAR
            ),
            cll.And(
                cll.NullLevel("patronymic_key"), cll.ExactMatchLevel("patronymic_initial")
            ).configure(label_for_charts="Initial agrees with the other side's patronymic"),
            cll.ElseLevel(),
        ],
    )


def _birth_year_comparison(m_probabilities: Sequence[float] | None = None) -> cl.CustomComparison:
    # Sources disagree by a year when one records an age, not a date; two sources that each
    # do so disagree by two.
    levels = [
        cll.ExactMatchLevel("birth_year"),
        cll.AbsoluteDifferenceLevel("birth_year", 1),
        cll.AbsoluteDifferenceLevel("birth_year", 2),
        cll.ElseLevel(),
    ]
    if m_probabilities is not None:
        levels = [
            level.configure(m_probability=m, fix_m_probability=True)
            for level, m in zip(levels, m_probabilities, strict=True)
        ]
    return cl.CustomComparison(
        output_column_name="birth_year",
        comparison_levels=[cll.NullLevel("birth_year"), *levels],
    )


# Anchors for the birth-year agreement of one person's records: pairs that agree on
# surname, given name, patronymic and facility, which are one person nearly always. EM cannot
# learn it: the pairs one year apart start out unlikely and stay so (it put m = 0 on them).
_ANCHOR_SQL = """
WITH anchored AS (
    SELECT unique_id, surname_key, given_key, patronymic_key, facility_key, birth_year
    FROM features
    WHERE surname_key IS NOT NULL AND given_key IS NOT NULL AND patronymic_key IS NOT NULL
      AND facility_key IS NOT NULL AND birth_year IS NOT NULL
)
SELECT least(abs(l.birth_year - r.birth_year), 3) AS apart, count(*) AS pairs
FROM anchored AS l JOIN anchored AS r
  USING (surname_key, given_key, patronymic_key, facility_key)
WHERE l.unique_id < r.unique_id
GROUP BY apart
"""
_MIN_ANCHOR_PAIRS = 50
_FLOOR = 0.001


def birth_year_m_probabilities(table: pa.Table) -> tuple[float, float, float, float] | None:
    """m for birth years equal / 1 apart / 2 apart / further, from anchor pairs.

    None when the records give too few anchors to say (a small vault): EM then decides.
    """
    connection = duckdb.connect(":memory:")
    try:
        connection.execute("SET temp_directory = ''")
        connection.register("features", table)
        counts = dict(connection.execute(_ANCHOR_SQL).fetchall())
    finally:
        connection.close()
    total = sum(counts.values())
    if total < _MIN_ANCHOR_PAIRS:
        return None
    shares = [max(counts.get(apart, 0) / total, _FLOOR) for apart in range(4)]
    scale = sum(shares)
    exact, one, two, further = (share / scale for share in shares)
    return exact, one, two, further


def _place_comparisons() -> list[cl.CustomComparison | cl.ExactMatch]:
    return [
        cl.CustomComparison(
            output_column_name="place_keys",
            comparison_levels=[
                cll.NullLevel("place_keys"),
                cll.ArrayIntersectLevel("place_keys", 1),
                cll.ElseLevel(),
            ],
        ),
        cl.ExactMatch("facility_key"),
    ]


# Pairs that cannot be one person, left out of every prediction rule: the same person's
# birth years differ by at most two across sources (each may be one year off), and one
# person has one sex. Dropping them early costs no true pair and most of the scoring time.
_POSSIBLE = (
    " AND NOT coalesce(abs(l.birth_year - r.birth_year) > 2, false)"
    " AND NOT coalesce(l.sex <> r.sex, false)"
)
# Within one surname, two full given names that are not near spellings of each other
# (Aleksei / Aleksandr) are two people; an initial agrees with anything.
_GIVEN_NEAR = (
    " AND (l.given_key IS NULL OR r.given_key IS NULL"
    " OR jaro_winkler_similarity(l.given_key, r.given_key) >= 0.8)"
)


def our_blocking_rules() -> list[BlockingRuleCreator | dict[str, Any]]:
    return [
        CustomRule(
            "l.surname_stem = r.surname_stem AND l.given_initial = r.given_initial"
            + _POSSIBLE
            + _GIVEN_NEAR
        ),
        # "Y. Semyonova" against «Семенова Елена»: only names whose Latin initial may be "i".
        CustomRule(
            "l.surname_stem = r.surname_stem AND l.given_initial_alt = r.given_initial_alt"
            " AND l.given_initial_alt = 'i' AND l.given_initial <> r.given_initial"
            + _POSSIBLE
            + _GIVEN_NEAR
        ),
        CustomRule("l.surname_stem = r.surname_stem AND l.birth_year = r.birth_year" + _POSSIBLE),
        CustomRule(
            "l.surname_stem = r.surname_stem AND l.facility_key = r.facility_key" + _POSSIBLE
        ),
        # Surname typos: the first four letters of the stem, or its first and last three.
        CustomRule(
            "l.surname_prefix = r.surname_prefix AND l.given_initial = r.given_initial"
            + _POSSIBLE
            + _GIVEN_NEAR
        ),
        CustomRule(
            "l.surname_suffix = r.surname_suffix AND l.given_initial = r.given_initial"
            + _POSSIBLE
            + _GIVEN_NEAR
        ),
        # Stems that differ only in s/z, sh/zh or an undecided j: German "Sacharow" /
        # «Захаров», "Schidkow" / «Жидков»; "N. Jarylbolov" / «Жарылболов Н.».
        CustomRule(
            "l.surname_loose = r.surname_loose AND l.given_initial = r.given_initial"
            " AND l.surname_stem <> r.surname_stem" + _POSSIBLE + _GIVEN_NEAR
        ),
        CustomRule(
            "l.given_key = r.given_key AND l.birth_year = r.birth_year"
            " AND l.surname_initial = r.surname_initial" + _POSSIBLE
        ),
        CustomRule(
            "l.given_key = r.given_key AND l.facility_key = r.facility_key"
            " AND l.surname_initial = r.surname_initial" + _POSSIBLE
        ),
    ]


def build_settings(
    *,
    probability_two_random_records_match: float = 1e-5,
    birth_year_m: Sequence[float] | None = None,
) -> SettingsCreator:
    """Our model: transliteration keys and Russian/Kazakh name structure.

    ``birth_year_m`` fixes the birth-year m probabilities (see
    ``birth_year_m_probabilities``) instead of leaving them to EM.
    """
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[
            _surname_comparison(),
            _given_comparison(),
            _patronymic_comparison(),
            _birth_year_comparison(birth_year_m),
            cl.ExactMatch("sex"),
            *_place_comparisons(),
        ],
        blocking_rules_to_generate_predictions=our_blocking_rules(),
        probability_two_random_records_match=probability_two_random_records_match,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
        max_iterations=20,
    )


def baseline_settings(*, probability_two_random_records_match: float = 1e-5) -> SettingsCreator:
    """The baseline: string similarity on names as written, no transliteration."""
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[
            cl.CustomComparison(
                output_column_name="name_raw",
                comparison_levels=[
                    cll.NullLevel("name_raw"),
                    cll.ExactMatchLevel("name_raw"),
                    cll.LevenshteinLevel("name_raw", 2),
                    cll.JaroWinklerLevel("name_raw", 0.92),
                    cll.JaroWinklerLevel("name_raw", 0.8),
                    cll.ElseLevel(),
                ],
            ),
            _birth_year_comparison(),
            cl.ExactMatch("sex"),
            *_place_comparisons(),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("name_first_token", "name_last_token"),
            block_on("name_last_token", "birth_year"),
            block_on("name_first_token", "birth_year"),
        ],
        probability_two_random_records_match=probability_two_random_records_match,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
        max_iterations=20,
    )


@dataclass(frozen=True, slots=True)
class _Training:
    deterministic_rules: list[BlockingRuleCreator | str]
    em_rules: list[BlockingRuleCreator]


_TRAINING: dict[Kind, _Training] = {
    "ours": _Training(
        deterministic_rules=[
            block_on("surname_key", "given_key", "birth_year"),
            block_on("surname_key", "given_key", "patronymic_key"),
        ],
        # Three small blocks, so that each comparison is trained in at least one of them.
        em_rules=[
            block_on("surname_stem", "birth_year"),
            block_on("given_key", "birth_year", "surname_initial"),
            block_on("surname_stem", "given_key"),
        ],
    ),
    "baseline": _Training(
        deterministic_rules=[block_on("name_raw", "birth_year")],
        em_rules=[block_on("name_raw"), block_on("birth_year", "name_first_token")],
    ),
}

# The share of true pairs the deterministic rules above find. Sources often give no birth
# year, no patronymic or only initials, so exact agreement on all three is rare: on our
# synthetic data it is about 0.17 for our rules. Lower means a higher prior of a match.
DETERMINISTIC_RECALL = 0.2


def in_memory_duckdb(*, memory_limit: str | None = None, threads: int | None = None) -> DuckDBAPI:
    """A DuckDB connection that never writes a file: no database file, no spill directory.

    DuckDB's in-memory mode still spills to ``.tmp/`` when memory runs short; that would put
    names on disk, so spilling is switched off and a query that does not fit fails instead.
    """
    connection = duckdb.connect(":memory:")
    connection.execute("SET temp_directory = ''")
    connection.execute("SET preserve_insertion_order = false")
    if memory_limit:
        connection.execute(f"SET memory_limit = '{memory_limit}'")
    if threads:
        connection.execute(f"SET threads = {int(threads)}")
    return DuckDBAPI(connection)


def _model_version(model: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(model, sort_keys=True, default=str).encode()).hexdigest()
    return f"{MODEL_FORMAT}+splink-{splink.__version__}+{digest[:12]}"


def _labels_table(labels: Sequence[tuple[str, str]]) -> pa.Table:
    left = [left_id for left_id, _ in labels]
    right = [right_id for _, right_id in labels]
    return pa.table(
        {
            "unique_id_l": pa.array(left, pa.string()),
            "unique_id_r": pa.array(right, pa.string()),
        }
    )


def link(
    records: Sequence[PersonRecord],
    threshold: float = 0.9,
    labels: Iterable[tuple[str, str]] | None = None,
    *,
    baseline: bool = False,
    db_api: DatabaseAPISubClass | None = None,
    seed: int = 7,
    cluster_threshold: float = CLUSTER_THRESHOLD,
) -> LinkResult:
    """Score and cluster ``records``; pairs at or above ``threshold`` are the same person.

    Clusters are built from pairs at or above ``cluster_threshold`` without joining
    contradicting records (``clustering.cluster_without_contradictions``); the baseline
    clusters by plain connected components at ``threshold``.

    ``labels`` are pairs of record ids a reviewer confirmed as the same person; they replace
    the EM estimate of the m probabilities. ``baseline=True`` runs ``baseline_settings``.
    ``db_api`` defaults to an in-memory DuckDB (see ``in_memory_duckdb``).
    """
    ids = [record.id for record in records]
    if len(set(ids)) != len(ids):
        raise ValueError("record ids must be unique: each record is linked by its id")
    if len(records) < 2:
        return LinkResult(
            pairs=[],
            clusters={record_id: record_id for record_id in ids},
            model_version=f"{MODEL_FORMAT}+untrained",
            threshold=threshold,
            cluster_threshold=cluster_threshold,
            model={},
        )
    kind: Kind = "baseline" if baseline else "ours"
    table = baseline_table(records) if baseline else features_table(records)
    settings = (
        baseline_settings()
        if baseline
        else build_settings(birth_year_m=birth_year_m_probabilities(table))
    )
    api = db_api if db_api is not None else in_memory_duckdb()
    linker = Linker(api.register(table), settings, log_level=logging.WARNING)

    training = _TRAINING[kind]
    record_count = max(len(records), 1)
    linker.training.estimate_probability_two_random_records_match(
        training.deterministic_rules, recall=DETERMINISTIC_RECALL
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=seed)
    for rule in training.em_rules:
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule,
            max_pairs=1e6,
            record_sample_proportion=min(1.0, 50_000 / record_count),
        )
    label_list = list(labels or [])
    if label_list:
        labels_frame = linker.table_management.register_table(
            _labels_table(label_list), "casevault_reviewed_pairs", overwrite=True
        )
        linker.training.estimate_m_from_pairwise_labels(labels_frame)
    if not baseline:
        floor_near_patronymic(linker)

    lowest = threshold if baseline else min(threshold, cluster_threshold)
    predictions = linker.inference.predict(threshold_match_probability=lowest)
    scored = predictions.as_pyarrow_table().select(
        ["unique_id_l", "unique_id_r", "match_probability", "match_weight"]
    )
    predictions.drop_table_from_database_and_remove_from_cache()
    left, right, probability, weight = (scored.column(i).to_pylist() for i in range(4))
    del scored
    pairs = [
        ScoredPair(id_l=row[0], id_r=row[1], match_probability=row[2], match_weight=row[3])
        for row in zip(left, right, probability, weight, strict=True)
        if row[2] >= threshold
    ]
    if baseline:
        edges = [(a, b, p) for a, b, p in zip(left, right, probability, strict=True)]
        clusters = cluster_by_components(ids, edges)
    else:
        edges = [
            (a, b, w)
            for a, b, p, w in zip(left, right, probability, weight, strict=True)
            if p >= cluster_threshold
        ]
        clusters = cluster_without_contradictions(ids, _record_facts(table), edges)
    del left, right, probability, weight, edges
    model = linker.misc.save_model_to_json()
    return LinkResult(
        pairs=pairs,
        clusters=clusters,
        model_version=_model_version(model),
        threshold=threshold,
        cluster_threshold=cluster_threshold,
        model=model,
    )


def _record_facts(table: pa.Table) -> list[RecordFacts]:
    columns = [
        table.column(name).to_pylist()
        for name in (
            "given_key",
            "given_initial",
            "patronymic_key",
            "patronymic_initial",
            "birth_year",
            "sex",
        )
    ]
    return [RecordFacts(*row) for row in zip(*columns, strict=True)]


def cluster_by_components(
    ids: Sequence[str], edges: Iterable[tuple[str, str, float]]
) -> dict[str, str]:
    """Connected components (the baseline's clustering); named by the smallest member id."""
    return cluster_without_contradictions(ids, [RecordFacts()] * len(ids), edges)
