"""Throughput of the extraction pipeline on one core, per language, and peak memory.

Documents are the annotated evaluation set, each repeated to about 5 KB (the size the
targets speak of). Throughput is per CPU second of this process (pinned to one core), so
it stays meaningful when other jobs share the machine; wall-clock docs/s is printed too. Prints a line per language and, last, one JSON
object. Not a timed test: run it by hand or in CI to compare against the targets
(≥ 20 docs/s in English, ≥ 10 in Russian, ≤ 500 MB).

The baseline, measured in the same run on the same documents, is a plain pass that any
extraction must at least make: split every document into words and fold their case.
``vs_baseline`` (pipeline time / baseline time) shows how this machine's speed moved the
figures: when docs/s falls and vs_baseline does not rise, the machine was slower, not
the pipeline.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from casevault.intake.eval.scoring import load_gold  # noqa: E402
from casevault.intake.pipeline import extract_text  # noqa: E402
from casevault.intake.readers import read_file  # noqa: E402

TARGET_BYTES = 5 * 1024


def _five_kb(texts: list[str]) -> list[str]:
    """Each text repeated (paragraph by paragraph) until it reaches about 5 KB."""
    docs = []
    for text in texts:
        out = text
        while len(out.encode("utf-8")) < TARGET_BYTES:
            out += "\n\n" + text
        docs.append(out)
    return docs


WORD = re.compile(r"\w+")


def _baseline_pass(docs: list[str], rounds: int) -> float:
    """CPU seconds for the plain pass: words split out and case-folded, nothing more."""
    cpu_started = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            for _word in (w.casefold() for w in WORD.findall(doc)):
                pass
    return time.process_time() - cpu_started


def main() -> None:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    process = psutil.Process()
    by_lang: dict[str, list[str]] = {}
    for gold in load_gold():
        by_lang.setdefault(gold["lang"], []).append(read_file(gold["path"]).text)
    # Warm up: load natasha's models and the gazetteers once, as a long batch would.
    extract_text("Warm-up on 1 May 2020.", "en")
    extract_text("Прогрев 1 мая 2020 года.", "ru")
    results: dict[str, dict[str, float]] = {}
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    for lang, texts in sorted(by_lang.items()):
        docs = _five_kb(texts)
        size = sum(len(d.encode("utf-8")) for d in docs) * rounds
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for doc in docs:
                extract_text(doc, lang)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        count = len(docs) * rounds
        baseline_cpu = _baseline_pass(docs, rounds * 10) / 10
        # Per CPU second of this process: one core's throughput, and steady when other
        # jobs share the machine; wall-clock figures are given beside it.
        results[lang] = {
            "documents": count,
            "mean_kb": round(size / count / 1024, 2),
            "docs_per_s": round(count / cpu, 2),
            "kb_per_s": round(size / 1024 / cpu, 1),
            "wall_docs_per_s": round(count / elapsed, 2),
            "baseline_docs_per_s": round(count / baseline_cpu, 1),
            "vs_baseline": round(cpu / baseline_cpu, 1),
        }
        print(f"{lang}: {results[lang]}")
    peak = process.memory_info().rss
    try:
        import resource

        peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    except ImportError:
        pass
    summary = {
        **results,
        "peak_rss_mb": round(peak / 1024 / 1024, 1),
        "targets": {"en_docs_per_s": 20, "ru_docs_per_s": 10, "peak_rss_mb": 500},
    }
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
