"""Benchmark: record linkage of synthetic people, ours against the raw-string baseline.

    .venv/bin/python bench/linkage.py                 # 10k, 100k and 1M records
    .venv/bin/python bench/linkage.py --quick         # 10k only
    .venv/bin/python bench/linkage.py --sizes 10000,100000
    .venv/bin/python bench/linkage.py --one 100000:ours --seed 1 --count-pairs

Each (size, model) runs in a fresh child process, so that its peak RSS is its own. The time
reported is end to end for ``link()``: parsing names into keys, training, scoring,
clustering. Generating the synthetic data is timed apart. Progress goes to stderr; the last
line of stdout is one JSON object with every number.

Targets from issue 7: F1 >= 0.95 on cross-script duplicates; 1M records end to end within
10 minutes and 16 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
TARGET_CROSS_SCRIPT_F1 = 0.95
TARGET_SECONDS_1M = 600
TARGET_RSS_MB = 16 * 1024
DUCKDB_MEMORY_LIMIT = "12GB"  # leaves room for Python's own objects under the 16 GB target


def _peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def blocked_pairs(records: list[Any], truth: dict[str, int]) -> dict[str, Any]:
    """How many pairs our blocking rules hand to scoring, per rule (only pairs no earlier
    rule made), and how many of all true pairs they include: the cost side of a rule."""
    import pyarrow as pa
    from splink.blocking_analysis import count_comparisons_from_blocking_rules
    from splink.blocking_rule_library import CustomRule

    from casevault.linkage.features import features_table
    from casevault.linkage.model import in_memory_duckdb, our_blocking_rules

    api = in_memory_duckdb(memory_limit=DUCKDB_MEMORY_LIMIT)
    table = features_table(records)
    counts = count_comparisons_from_blocking_rules(
        api.register(table),
        blocking_rules=our_blocking_rules(),
        link_type="dedupe_only",
        record_sample_proportion=1.0,
    )
    truth_table = pa.table(
        {"unique_id": list(truth), "person": [truth[record_id] for record_id in truth]}
    )
    connection = api.duckdb_con
    connection.register("casevault_truth", truth_table)
    connection.register("casevault_features", table)
    rules = our_blocking_rules()
    assert all(isinstance(rule, CustomRule) for rule in rules)  # noqa: S101
    conditions = " OR ".join(
        f"({rule.sql_condition})" for rule in rules if isinstance(rule, CustomRule)
    )
    found = connection.execute(
        f"""
        WITH f AS (SELECT * FROM casevault_features JOIN casevault_truth USING (unique_id))
        SELECT count(*), count(*) FILTER (WHERE {conditions})
        FROM f AS l JOIN f AS r ON l.person = r.person AND l.unique_id < r.unique_id
        """  # noqa: S608 -- our own rule text
    ).fetchone()
    true_total, true_blocked = found if found is not None else (0, 0)
    return {
        "blocked_pairs": counts[-1]["cumulative_comparison_count"],
        "blocked_pairs_per_rule": [row["marginal_comparison_count"] for row in counts],
        "true_pairs": true_total,
        "true_pairs_blocked": true_blocked,
    }


def run_one(size: int, model: str, seed: int, threshold: float) -> dict[str, Any]:
    """One linkage in this process; returns its measurements."""
    from casevault.linkage.evaluate import complete_records, evaluate
    from casevault.linkage.model import in_memory_duckdb, link
    from casevault.linkage.synthetic import generate

    started = time.perf_counter()
    data = generate(size, seed=seed)
    generated = time.perf_counter()
    rss_after_generate = _peak_rss_mb()
    cpu_before = _cpu_seconds()
    load_before = os.getloadavg()[0]
    result = link(
        data.records,
        threshold=threshold,
        baseline=model == "baseline",
        db_api=in_memory_duckdb(memory_limit=DUCKDB_MEMORY_LIMIT),
        seed=seed,
    )
    linked = time.perf_counter()
    cpu_used = _cpu_seconds() - cpu_before
    scores = evaluate(result, data.truth, data.records)
    # The same on records that give surname, full given name and birth year: what linkage
    # can do when the sources say enough.
    complete = complete_records(data.records)
    complete_scores = evaluate(result, data.truth, data.records, only=complete)
    return {
        "size": size,
        "model": model,
        "seed": seed,
        "threshold": threshold,
        "link_seconds": round(linked - generated, 1),
        # Wall time depends on what else the machine runs; CPU time (all threads) much less.
        "link_cpu_seconds": round(cpu_used, 1),
        "load_average_before_after": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "generate_seconds": round(generated - started, 1),
        "peak_rss_mb": round(_peak_rss_mb()),
        "rss_after_generate_mb": round(rss_after_generate),
        "pairs_at_threshold": len(result.pairs),
        "clusters": len(set(result.clusters.values())),
        "true_people": len(set(data.truth.values())),
        "model_version": result.model_version,
        **{name: _rounded(score.as_dict()) for name, score in scores.items()},
        "complete_records": {
            "records": len(complete),
            **{name: _rounded(score.as_dict()) for name, score in complete_scores.items()},
        },
    }


def _rounded(values: dict[str, float | int]) -> dict[str, float | int]:
    return {
        key: round(value, 4) if isinstance(value, float) else value for key, value in values.items()
    }


def _in_child(size: int, model: str, seed: int, threshold: float) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--one",
        f"{size}:{model}",
        "--seed",
        str(seed),
        "--threshold",
        str(threshold),
    ]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        return {
            "size": size,
            "model": model,
            "error": completed.stderr.strip().splitlines()[-5:],
            "wall_seconds": round(time.perf_counter() - started, 1),
        }
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def _verdict(results: list[dict[str, Any]]) -> dict[str, Any]:
    verdict: dict[str, Any] = {}
    for result in results:
        if result.get("model") != "ours" or "error" in result:
            continue
        size = result["size"]
        cross_f1 = result["cluster_cross_script"]["f1"]
        verdict[f"cross_script_f1_at_{size}"] = {
            "pairwise": result["pairwise_cross_script"]["f1"],
            "cluster": cross_f1,
            "target": TARGET_CROSS_SCRIPT_F1,
            "met": cross_f1 >= TARGET_CROSS_SCRIPT_F1,
        }
        if size >= 1_000_000:
            verdict["one_million"] = {
                "seconds": result["link_seconds"],
                "peak_rss_mb": result["peak_rss_mb"],
                "met": result["link_seconds"] <= TARGET_SECONDS_1M
                and result["peak_rss_mb"] <= TARGET_RSS_MB,
            }
    return verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(size) for size in DEFAULT_SIZES))
    parser.add_argument("--quick", action="store_true", help="10k records only")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # "size:model", run in this process
    parser.add_argument(
        "--count-pairs",
        action="store_true",
        help="with --one SIZE:ours: also count the blocked pairs (after the linkage, so the "
        "linkage's RSS and times are unaffected)",
    )
    args = parser.parse_args(argv)

    if args.one:
        size_text, model = args.one.split(":")
        result = run_one(int(size_text), model, args.seed, args.threshold)
        if args.count_pairs and model == "ours":
            from casevault.linkage.synthetic import generate

            data = generate(int(size_text), seed=args.seed)
            result["blocking"] = blocked_pairs(data.records, data.truth)
        print(json.dumps(result))
        return 0

    sizes = [10_000] if args.quick else [int(size) for size in args.sizes.split(",") if size]
    models = ["ours"] if args.no_baseline else ["ours", "baseline"]
    results = []
    for size in sizes:
        for model in models:
            print(f"linking {size} records with {model} ...", file=sys.stderr, flush=True)
            result = _in_child(size, model, args.seed, args.threshold)
            summary = {
                key: result.get(key)
                for key in ("link_seconds", "link_cpu_seconds", "peak_rss_mb", "error")
                if key in result
            }
            if "cluster_cross_script" in result:
                summary["cross_script_f1"] = result["cluster_cross_script"]["f1"]
                summary["pairwise_f1"] = result["pairwise"]["f1"]
            print(f"  {summary}", file=sys.stderr, flush=True)
            results.append(result)
    report = {
        "benchmark": "linkage",
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "results": results,
        "verdict": _verdict(results),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
