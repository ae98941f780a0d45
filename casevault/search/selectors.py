"""Search, with the same permissions as every other read (``records.selectors``)."""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import BooleanField, CharField, Exists, OuterRef, Q, QuerySet, Value
from django.db.models.expressions import RawSQL

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate, Precision
from casevault.lib.levels import Level
from casevault.records import selectors as records_selectors
from casevault.records.models import CaseEvent, CasePerson, Place, Source
from casevault.search.documents import MODELS
from casevault.search.models import SearchEntry
from casevault.search.text import Query, parse_query, title_score

Kind = SearchEntry.Kind
MAX_LIMIT = 500
OVERFETCH = 3
CANDIDATES = 500


@dataclass(frozen=True)
class SearchHit:
    target_type: str
    target_id: uuid.UUID
    title: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    date_precision: str

    @property
    def date(self) -> FuzzyDate | None:
        if self.date_precision == Precision.UNKNOWN:
            return None
        return FuzzyDate(self.date_start, self.date_end, Precision(self.date_precision))


def search_for_user(
    user: User,
    query: str,
    *,
    types: Iterable[str] | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    place: uuid.UUID | str | None = None,
    case: uuid.UUID | str | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Records matching every word of ``query`` that ``user`` may see, best first.

    ``types``: entry kinds (``SearchEntry.Kind``). Dates: records whose (fuzzy) date may
    overlap the range; a record with no date at all is left out once a date is given.
    ``place``: that place and every place inside it. ``case``: the case itself, its
    events, people and sources. A case or place the user may not see gives no results,
    exactly like one that does not exist.
    """
    parsed = parse_query(query)
    if not parsed:
        return []
    entries = _readable_entries(user)
    sees_all = getattr(records_selectors, "sees_all_cases", None)
    # Readers on case teams: the records' own rule, tested in the search statement itself.
    checked_in_sql = sees_all is not None and not sees_all(user)
    if checked_in_sql:
        entries = entries.filter(_on_readable_records(user))
    if types is not None:
        entries = entries.filter(target_type__in=list(types))
    if date_from is not None or date_to is not None:
        entries = entries.filter(_overlapping(date_from, date_to))
    if place is not None:
        places = _place_and_descendants(user, place)
        if not places:
            return []
        entries = entries.filter(place_id__in=places)
    if case is not None:
        in_case = _in_case(user, case)
        if in_case is None:
            return []
        entries = entries.filter(in_case)
    limit = max(1, min(limit, MAX_LIMIT))
    # The newest CANDIDATES matches (by index order, which every backend reads cheaply),
    # then best first among them: a title that matches more of the words ranks higher. A
    # database rank (bm25, ts_rank) would be computed for every match, and a word found in
    # a third of all records makes that cost hundreds of milliseconds.
    candidates = list(
        _matching(entries, parsed).values_list(
            "target_type", "target_id", "title", "date_start", "date_end", "date_precision"
        )[:CANDIDATES]
    )
    ranked = sorted(
        enumerate(candidates), key=lambda item: (-title_score(parsed, item[1][2]), item[0])
    )
    rows = [row for _, row in ranked[: limit * OVERFETCH]]
    if checked_in_sql:  # the same rule as _still_visible, already met by every row
        return [SearchHit(*row) for row in rows[:limit]]
    allowed = _still_visible(user, rows)
    return [SearchHit(*row) for row in rows if (row[0], row[1]) in allowed][:limit]


def _readable_entries(user: User) -> QuerySet[SearchEntry]:
    """Entries the user's clearance selects: the one band of each record that is theirs."""
    # ``visible`` is the records' own rule (role, then clearance against confidentiality).
    entries = records_selectors.visible(user, SearchEntry.objects.all())
    clearance = Level(user.clearance) if not user.is_system else Level.SECRET
    return entries.filter(clearance_to__in=[lvl for lvl in Level if lvl.rank >= clearance.rank])


# The records' own per-type selectors (role, clearance and per-case grants), by entry kind.
_SCOPE_NAMES: dict[str, str] = {
    Kind.EVENT: "events_for_user",
    Kind.PERSON: "people_for_user",
    Kind.SOURCE: "sources_for_user",
    Kind.VISIT: "visits_for_user",
    Kind.CASE: "cases_for_user",
    Kind.ORGANISATION: "organisations_for_user",
    Kind.PLACE: "places_for_user",
}


def readable(user: User, kind: str) -> QuerySet[Any]:
    """The records of one kind the user may see, by the records' own rule."""
    scope = getattr(records_selectors, _SCOPE_NAMES[kind], None)
    if scope is not None:
        return scope(user)  # type: ignore[no-any-return]
    return records_selectors.visible(user, MODELS[kind]._default_manager.all())


def _on_readable_records(user: User) -> Q:
    """Entries whose record the records' own selector shows the user (per-case grants),
    tested row by row on the matches only: a join against every readable record would
    cost as much as listing them."""
    q = Q()
    for kind in Kind.values:
        scope = readable(user, kind).filter(pk=OuterRef("target_id"))
        q |= Q(target_type=kind) & Q(Exists(scope))
    return q


def _still_visible(user: User, rows: list[tuple[Any, ...]]) -> set[tuple[str, uuid.UUID]]:
    """Ask each record type's own selector about the hits: the index knows clearance
    bands, but the records' rules are stricter (a visit also needs its facility's level)
    and a deleted record may still have an entry. Never show more than the record pages
    would. (For readers on case teams the search statement already asked the same.)"""
    by_kind: dict[str, list[uuid.UUID]] = defaultdict(list)
    for kind, target_id, *_ in rows:
        by_kind[kind].append(target_id)
    # One statement for all kinds (UNION ALL): a name finds people and their events, and
    # a query per kind cost more than the search itself.
    checks = [
        readable(user, kind)
        .filter(pk__in=ids)
        .order_by()
        .values_list(Value(kind, output_field=CharField()), "pk")
        for kind, ids in by_kind.items()
    ]
    if not checks:
        return set()
    first, *others = checks
    found = first.union(*others, all=True) if others else first
    return {
        (str(kind), pk if isinstance(pk, uuid.UUID) else uuid.UUID(str(pk))) for kind, pk in found
    }


def _matching(entries: QuerySet[SearchEntry], query: Query) -> QuerySet[SearchEntry]:
    """Entries matching the query, newest indexed first."""
    if connection.vendor == "postgresql":
        tsquery = query.tsquery()
        return (
            entries.annotate(
                matches=RawSQL("search_vector @@ CAST(%s AS tsquery)", [tsquery], BooleanField())
            )
            .filter(matches=True)
            .order_by("-id")
        )
    # FTS5: the MATCH drives the join, and the order must be the FTS table's own rowid
    # (ordering by the entry's id makes SQLite scan every entry and probe the index).
    return entries.extra(  # noqa: S610 - constant SQL; the query text is a parameter
        tables=["search_fts"],
        where=["search_fts.rowid = search_searchentry.id", "search_fts MATCH %s"],
        params=[query.fts5()],
        order_by=["-search_fts.rowid"],
    )


def _overlapping(date_from: datetime.date | None, date_to: datetime.date | None) -> Q:
    q = Q(date_start__isnull=False) | Q(date_end__isnull=False)
    if date_to is not None:
        q &= Q(date_start__lte=date_to) | Q(date_start__isnull=True)
    if date_from is not None:
        q &= Q(date_end__gte=date_from) | Q(date_end__isnull=True)
    return q


def _place_and_descendants(user: User, place: uuid.UUID | str) -> set[uuid.UUID]:
    place_id = _uuid(place)
    root = readable(user, Kind.PLACE).filter(pk=place_id).first()
    if place_id is None or root is None:
        return set()
    found, frontier = {root.pk}, {root.pk}
    # Administrative hierarchies are shallow; the bound stops a cycle.
    for _ in range(20):
        frontier = set(Place.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        frontier -= found
        if not frontier:
            break
        found |= frontier
    return found


def _uuid(value: uuid.UUID | str) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def _in_case(user: User, case: uuid.UUID | str) -> Q | None:
    found = readable(user, Kind.CASE).filter(pk=_uuid(case)).first()
    if found is None:  # missing and not-yours look the same
        return None
    return (
        Q(target_type=Kind.CASE, target_id=found.pk)
        | Q(
            target_type=Kind.EVENT,
            target_id__in=CaseEvent.objects.filter(case=found).values("event_id"),
        )
        | Q(
            target_type=Kind.PERSON,
            target_id__in=CasePerson.objects.filter(case=found).values("person_id"),
        )
        | Q(
            target_type=Kind.SOURCE,
            target_id__in=Source.objects.filter(case=found).values("pk"),
        )
    )
