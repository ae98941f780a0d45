"""Counts of documented acts by act type, time, region, facility, perpetrator and victim group.

Every count is of *acts* (one violation against one victim), each counted once per group it
falls in: a person beaten on two days is two acts; an act with two police officers is one
act under "police". Dates honour their precision: an act known only to the year has no
month and is counted under "month not known", never spread or guessed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear

from casevault.lib.fuzzydate import Precision
from casevault.records.models import Act, Place
from casevault.vocab.models import Term

DIMENSIONS = ("act_type", "year", "month", "region", "facility", "perpetrator_type", "victim_group")
TIME_DIMENSIONS = ("year", "month")

HONEST_NOTE = {
    "en": (
        "These are cases we documented, not a measure of how often violations happen: "
        "counts rise and fall with our access and our work as well as with the facts."
    ),
    "ru": (
        "Это задокументированные нами случаи, а не показатель распространённости нарушений: "
        "числа зависят от нашего доступа и нашей работы, а не только от фактов."
    ),
}
UNKNOWN = {"en": "not known", "ru": "неизвестно"}
LABELS = {
    "en": {
        "act_type": "Act type",
        "year": "Year",
        "month": "Month",
        "region": "Region",
        "facility": "Facility",
        "perpetrator_type": "Perpetrator type",
        "victim_group": "Victim group",
        "acts": "Acts",
    },
    "ru": {
        "act_type": "Вид нарушения",
        "year": "Год",
        "month": "Месяц",
        "region": "Регион",
        "facility": "Учреждение",
        "perpetrator_type": "Категория нарушителя",
        "victim_group": "Группа пострадавших",
        "acts": "Нарушений",
    },
}


class StatsError(ValueError):
    """A request the user can fix (an unknown dimension, a bad date)."""


@dataclass
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    act_types: list[str] = field(default_factory=list)
    region: Any = None  # a Place id: acts in it or anywhere below it
    case: Any = None


@dataclass
class Table:
    by: list[str]
    lang: str
    rows: list[tuple[list[str], int]]  # (labels per dimension, acts)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)

    def headers(self) -> list[str]:
        names = LABELS["ru" if self.lang == "ru" else "en"]
        return [names[d] for d in self.by] + [names["acts"]]


def parse_dimensions(text: str) -> list[str]:
    by = [d.strip() for d in text.split(",") if d.strip()]
    unknown = [d for d in by if d not in DIMENSIONS]
    if not by or unknown or len(by) > 2:
        raise StatsError(f"--by takes one or two of {', '.join(DIMENSIONS)} (got {text!r})")
    return by


def _levels(prefix: str, depth: int) -> list[str]:
    return [prefix + "__parent" * i for i in range(depth)]


def _region_expr() -> Any:
    # The nearest enclosing place of kind "region" (up to four levels above the act).
    whens = [
        When(**{f"{p}__kind": Place.Kind.REGION}, then=F(f"{p}__name")) for p in _levels("place", 5)
    ]
    return Case(*whens, default=Value(None), output_field=CharField())


# Term keys are "<vocabulary>:<code>": grouping on the foreign key column itself spares a
# join per row (the prefix is cut in Python).
_EXPRESSIONS: dict[str, Any] = {
    "act_type": F("act_type_id"),
    "year": ExtractYear("date_start"),
    "month": Case(
        When(
            date_precision__in=[Precision.DAY, Precision.MONTH],
            then=ExtractMonth("date_start"),
        ),
        default=Value(None),
        output_field=IntegerField(),
    ),
    "region": _region_expr(),
    "facility": Case(
        When(place__facility__isnull=False, then=F("place__name")),
        default=Value(None),
        output_field=CharField(),
    ),
    "perpetrator_type": Coalesce(
        F("involvements__perpetrator_type_id"),
        F("involvements__perpetrator_org__org_type_id"),
    ),
    "victim_group": F("victim_status_id"),
}
_VOCABULARY = {
    "act_type": "act_type",
    "perpetrator_type": "perpetrator_type",
    "victim_group": "victim_status",
}


def filtered(acts: QuerySet[Act], filters: Filters) -> QuerySet[Act]:
    if filters.date_from is not None:
        acts = acts.filter(date_end__gte=filters.date_from)
    if filters.date_to is not None:
        acts = acts.filter(date_start__lte=filters.date_to)
    if filters.act_types:
        # A broad type ("integrity") takes its narrower ones ("torture", "threat"…).
        codes = set(filters.act_types) | set(
            Term.objects.filter(
                vocabulary_id="act_type", parent__code__in=filters.act_types
            ).values_list("code", flat=True)
        )
        acts = acts.filter(act_type__code__in=codes)
    if filters.region is not None:
        q = Q()
        for p in _levels("place", 5):
            q |= Q(**{f"{p}__pk": filters.region})
        acts = acts.filter(q)
    if filters.case is not None:
        acts = acts.filter(event__cases=filters.case)
    return acts


def count_acts(
    acts: QuerySet[Act], by: list[str], lang: str = "en", filters: Filters | None = None
) -> Table:
    """One row per combination of the ``by`` dimensions, with its number of distinct acts."""
    acts = filtered(acts, filters or Filters())
    annotations = {f"d_{d}": _EXPRESSIONS[d] for d in by}
    keys = list(annotations)
    # Only the perpetrator join can repeat an act; elsewhere a plain count is exact.
    fans_out = "perpetrator_type" in by or filters is not None and filters.case is not None
    grouped = (
        acts.order_by()
        .annotate(**annotations)
        .values(*keys)
        .annotate(n=Count("id", distinct=fans_out))
        .order_by(*keys)
    )
    raw = [([_code(d, row[k]) for d, k in zip(by, keys, strict=True)], row["n"]) for row in grouped]
    labels = _labels(by, raw, lang)
    rows = [
        (
            [
                labels[i].get(v, _fmt(d, v, lang))
                for i, (d, v) in enumerate(zip(by, values, strict=True))
            ],
            n,
        )
        for values, n in raw
    ]
    if len(by) == 1 and by[0] not in TIME_DIMENSIONS:
        rows.sort(key=lambda r: -r[1])
    return Table(by=by, lang=lang, rows=rows)


def _code(dimension: str, value: Any) -> Any:
    if dimension in _VOCABULARY and isinstance(value, str):
        return value.split(":", 1)[-1]
    return value


def _fmt(dimension: str, value: Any, lang: str) -> str:
    if value is None:
        return UNKNOWN["ru" if lang == "ru" else "en"]
    if dimension == "month":
        return f"{int(value):02d}"
    return str(value)


def _labels(by: list[str], raw: list[tuple[list[Any], int]], lang: str) -> list[dict[Any, str]]:
    out: list[dict[Any, str]] = []
    for i, dimension in enumerate(by):
        vocabulary = _VOCABULARY.get(dimension)
        if vocabulary is None:
            out.append({})
            continue
        codes = {values[i] for values, _ in raw if values[i] is not None}
        terms = Term.objects.filter(vocabulary_id=vocabulary, code__in=codes)
        out.append({t.code: t.label(lang) for t in terms})
    return out


def table_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.headers())
    for labels, n in table.rows:
        writer.writerow([*labels, n])
    writer.writerow([])
    writer.writerow([HONEST_NOTE["ru" if table.lang == "ru" else "en"]])
    return out.getvalue().encode("utf-8")
