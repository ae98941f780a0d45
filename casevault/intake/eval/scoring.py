"""Score the extraction pipeline against the annotated documents in this folder.

Gold files (``gold/<name>.json``) say, for the document ``docs/<document>``: its language,
an optional reference date, the events (``date`` in the FuzzyDate text form — ``2018``,
``2018-10``, ``2018-10-08`` or a range ``2018-09/2018-11`` — ``act_types``, ``victims``)
and every person named. The rules (also in docs/extraction.md):

* A predicted event matches a gold event when its date lies inside the gold period and is
  at least as precise as the gold date, and their act types share a code. Matching is one
  to one (a maximum bipartite matching), so a happening split in two costs precision.
* Date accuracy: of the gold events found by act type alone, the share whose date is also
  right. Act-type accuracy: of the matched pairs, the share with exactly the gold set.
* A predicted person matches a gold person when their transliteration keys agree, or one
  name's tokens (surname, given name; initials by first letter) are contained in the other's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casevault.lib.fuzzydate import FuzzyDate, Precision
from casevault.lib.translit import name_key, token_key

from ..pipeline import extract_file

__all__ = ["EVAL_DIR", "Tally", "evaluate", "load_gold", "persons_match", "date_matches"]

EVAL_DIR = Path(__file__).parent
_FINENESS = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2, Precision.UNKNOWN: -1}


def load_gold(eval_dir: Path = EVAL_DIR) -> list[dict[str, Any]]:
    gold = []
    for path in sorted((eval_dir / "gold").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        item["path"] = eval_dir / "docs" / item["document"]
        gold.append(item)
    return gold


def date_matches(predicted: FuzzyDate, gold: FuzzyDate) -> bool:
    if predicted.is_unknown or gold.is_unknown:
        return False
    if _FINENESS[predicted.precision] < _FINENESS[gold.precision]:
        return False
    ps, pe, gs, ge = predicted.start, predicted.end, gold.start, gold.end
    if ps is None or pe is None or gs is None or ge is None:
        return False
    return gs <= ps and pe <= ge


def _matching(
    n_left: int, n_right: int, ok: Callable[[int, int], bool], fixed: dict[int, int] | None = None
) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths); returns right index → left index."""
    owner: dict[int, int] = dict(fixed or {})
    used_left = set(owner.values())

    def augment(left: int, seen: set[int]) -> bool:
        for right in range(n_right):
            if right in seen or not ok(left, right):
                continue
            seen.add(right)
            if right not in owner or (
                owner[right] not in used_left - {owner[right]} and augment(owner[right], seen)
            ):
                owner[right] = left
                return True
        return False

    for left in range(n_left):
        if left not in used_left:
            if augment(left, set()):
                used_left.add(left)
    return owner


def _initials_and_tokens(name: str) -> tuple[set[str], set[str]]:
    initials, tokens = set(), set()
    for part in name.replace(".", ". ").split():
        if part.endswith(".") and len(part.rstrip(".")) <= 2:
            initials.add(token_key(part.rstrip("."))[:1])
        elif token_key(part):
            tokens.add(token_key(part))
    return initials, tokens


def persons_match(a: str, b: str) -> bool:
    if name_key(a) == name_key(b):
        return True
    (ia, ta), (ib, tb) = _initials_and_tokens(a), _initials_and_tokens(b)
    small, big, small_initials, big_tokens = (
        (ta, tb, ia, tb) if len(ta) <= len(tb) else (tb, ta, ib, ta)
    )
    if not small or not small <= big:
        return False
    if small_initials:
        firsts = {t[:1] for t in big_tokens - small}
        return small_initials <= firsts
    return len(small) >= 2


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    loose: int = 0
    exact_types: int = 0
    persons_predicted: int = 0
    persons_gold: int = 0
    persons_matched_predicted: int = 0
    persons_matched_gold: int = 0
    documents: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name == "misses":
                self.misses.extend(other.misses)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        precision = ratio(self.matched, self.predicted)
        recall = ratio(self.matched, self.gold)
        return {
            "documents": self.documents,
            "events_gold": self.gold,
            "events_predicted": self.predicted,
            "event_precision": precision,
            "event_recall": recall,
            "event_f1": round(2 * precision * recall / (precision + recall), 3)
            if precision + recall
            else 0.0,
            "date_accuracy": ratio(self.matched, self.loose),
            "act_type_accuracy": ratio(self.exact_types, self.matched),
            "person_precision": ratio(self.persons_matched_predicted, self.persons_predicted),
            "person_recall": ratio(self.persons_matched_gold, self.persons_gold),
        }


def score_document(gold: dict[str, Any], result: dict[str, Any]) -> Tally:
    tally = Tally(documents=1)
    predicted = [(FuzzyDate.from_dict(e["date"]), set(e["act_types"])) for e in result["events"]]
    expected = [(FuzzyDate.parse(e["date"]), set(e["act_types"])) for e in gold["events"]]
    tally.predicted, tally.gold = len(predicted), len(expected)

    def full(p: int, g: int) -> bool:
        return bool(predicted[p][1] & expected[g][1]) and date_matches(
            predicted[p][0], expected[g][0]
        )

    def loose(p: int, g: int) -> bool:
        return bool(predicted[p][1] & expected[g][1])

    matched = _matching(len(predicted), len(expected), full)
    tally.matched = len(matched)
    tally.exact_types = sum(1 for g, p in matched.items() if predicted[p][1] == expected[g][1])
    tally.loose = len(_matching(len(predicted), len(expected), loose, matched))
    for g, (when, acts) in enumerate(expected):
        if g not in matched:
            tally.misses.append(f"{gold['document']}: missed {when.to_text()} {sorted(acts)}")
    hit = set(matched.values())
    for p, (when, acts) in enumerate(predicted):
        if p not in hit:
            tally.misses.append(f"{gold['document']}: extra {when.to_text()} {sorted(acts)}")

    names = [p["name"] for p in result["entities"]["persons"]]
    tally.persons_predicted, tally.persons_gold = len(names), len(gold["persons"])
    tally.persons_matched_predicted = sum(
        1 for n in names if any(persons_match(n, g) for g in gold["persons"])
    )
    tally.persons_matched_gold = sum(
        1 for g in gold["persons"] if any(persons_match(n, g) for n in names)
    )
    for n in names:
        if not any(persons_match(n, g) for g in gold["persons"]):
            tally.misses.append(f"{gold['document']}: extra person {n}")
    for g in gold["persons"]:
        if not any(persons_match(n, g) for n in names):
            tally.misses.append(f"{gold['document']}: missed person {g}")
    return tally


def evaluate(gold_items: Iterable[dict[str, Any]] | None = None) -> dict[str, Tally]:
    """Tallies per language ("en", "ru", …) and "overall"."""
    tallies: dict[str, Tally] = {}
    overall = Tally()
    for gold in load_gold() if gold_items is None else gold_items:
        reference = gold.get("reference_date")
        result = extract_file(
            gold["path"], "auto", date.fromisoformat(reference) if reference else None
        )
        tally = score_document(gold, result)
        tallies.setdefault(gold["lang"], Tally()).add(tally)
        overall.add(tally)
    tallies["overall"] = overall
    return tallies
