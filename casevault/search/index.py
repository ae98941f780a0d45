"""Keeping the search index in step with the records, inside the writer's transaction.

``index_record(instance)`` is called by the record actions right after a save; it
rewrites the entries of every record whose text includes the saved one (an act's event, a
renamed person's events). On SQLite the FTS5 index follows through triggers, on
PostgreSQL through a generated column: a committed write is searchable, a rolled-back one
never was.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction

from casevault.lib.levels import Level
from casevault.records.models import (
    Act,
    ActInvolvement,
    Case,
    Event,
    Facility,
    Information,
    MonitoringVisit,
    Organisation,
    Person,
    PersonName,
    Place,
    Source,
)
from casevault.search.documents import BUILDERS, MODELS, Document
from casevault.search.models import SearchEntry
from casevault.search.text import index_terms

Kind = SearchEntry.Kind
Targets = dict[str, set[uuid.UUID]]
LEVELS = sorted(Level, key=lambda lvl: lvl.rank)
CHUNK = 500


_pending = threading.local()


def index_record(instance: Any) -> None:
    """Re-index what ``instance`` appears in; a model search does not cover is ignored.

    Inside ``batched()`` the work waits for the end of the batch (same transaction).
    """
    targets = affected(instance)
    if not targets:
        return
    waiting: Targets | None = getattr(_pending, "targets", None)
    if waiting is None:
        reindex(targets)
        return
    for kind, ids in targets.items():
        waiting.setdefault(kind, set()).update(ids)


@contextmanager
def batched() -> Iterator[None]:
    """Index once at the end of a bulk write (an import batch), not after every record.

    Use inside the batch's transaction, so the index still commits with the records:

        with transaction.atomic(), search_index.batched():
            for row in rows: ...
    """
    if getattr(_pending, "targets", None) is not None:
        yield  # already batching: the outer batch indexes
        return
    _pending.targets = {}
    try:
        yield
        targets, _pending.targets = _pending.targets, None
        reindex(targets)
    finally:
        _pending.targets = None


def affected(instance: Any) -> Targets:
    """The search entries whose text includes ``instance``."""
    found: Targets = defaultdict(set)
    if isinstance(instance, Event):
        found[Kind.EVENT].add(instance.pk)
    elif isinstance(instance, Act):
        found[Kind.EVENT].add(instance.event_id)
    elif isinstance(instance, ActInvolvement):
        if ActInvolvement.act.is_cached(instance):  # the action had the act at hand
            found[Kind.EVENT].add(instance.act.event_id)
        else:
            found[Kind.EVENT].add(
                Act.objects.values_list("event_id", flat=True).get(pk=instance.act_id)
            )
    elif isinstance(instance, Person | PersonName):
        person_id = instance.pk if isinstance(instance, Person) else instance.person_id
        found[Kind.PERSON].add(person_id)
        found[Kind.EVENT].update(
            Act.objects.filter(victim_id=person_id).values_list("event_id", flat=True)
        )
        found[Kind.EVENT].update(
            ActInvolvement.objects.filter(perpetrator_person_id=person_id).values_list(
                "act__event_id", flat=True
            )
        )
        found[Kind.SOURCE].update(
            Source.objects.filter(author_person_id=person_id).values_list("pk", flat=True)
        )
    elif isinstance(instance, Place):
        found[Kind.PLACE].add(instance.pk)
        found[Kind.EVENT].update(
            Event.objects.filter(place_id=instance.pk).values_list("pk", flat=True)
        )
        if isinstance(instance, Facility) or Facility.objects.filter(pk=instance.pk).exists():
            found[Kind.VISIT].update(
                MonitoringVisit.objects.filter(facility_id=instance.pk).values_list("pk", flat=True)
            )
    elif isinstance(instance, Organisation):
        found[Kind.ORGANISATION].add(instance.pk)
        found[Kind.EVENT].update(
            ActInvolvement.objects.filter(perpetrator_org_id=instance.pk).values_list(
                "act__event_id", flat=True
            )
        )
        found[Kind.SOURCE].update(
            Source.objects.filter(author_org_id=instance.pk).values_list("pk", flat=True)
        )
    elif isinstance(instance, Source):
        found[Kind.SOURCE].add(instance.pk)
    elif isinstance(instance, Information):
        found[Kind.SOURCE].add(instance.source_id)
    elif isinstance(instance, MonitoringVisit):
        found[Kind.VISIT].add(instance.pk)
    elif isinstance(instance, Case):
        found[Kind.CASE].add(instance.pk)
    return {kind: ids for kind, ids in found.items() if ids}


def reindex(targets: Targets) -> int:
    """Rewrite the entries of these records (gone records lose theirs); returns rows written."""
    written = 0
    with transaction.atomic():
        for kind, ids in targets.items():
            id_list = sorted(ids)
            # Chunks: a renamed region may appear in tens of thousands of events, more
            # than one SQL statement may bind.
            for start in range(0, len(id_list), CHUNK):
                chunk = id_list[start : start + CHUNK]
                SearchEntry.objects.filter(target_type=kind, target_id__in=chunk).delete()
                entries = [e for doc in BUILDERS[kind](chunk) for e in entries_for(doc)]
                SearchEntry.objects.bulk_create(entries, batch_size=500)
                written += len(entries)
    return written


def entries_for(doc: Document) -> Iterator[SearchEntry]:
    """One entry per band of clearances that may read the same parts of the text."""
    own = doc.level
    starts = sorted({own, *(p.level for p in doc.parts)}, key=lambda lvl: lvl.rank)
    starts = [lvl for lvl in starts if lvl.rank >= own.rank]
    for i, start in enumerate(starts):
        end = LEVELS[starts[i + 1].rank - 1] if i + 1 < len(starts) else LEVELS[-1]
        texts = [t for p in doc.parts if p.level.rank <= start.rank for t in p.texts]
        yield SearchEntry(
            target_type=doc.kind,
            target_id=doc.target_id,
            confidentiality=start,
            clearance_to=end,
            title=doc.title[:300],
            date_start=doc.date_start,
            date_end=doc.date_end,
            date_precision=doc.date_precision,
            place_id=doc.place_id,
            terms=index_terms(*texts),
        )


def all_targets(batch: int = 500) -> Iterator[tuple[str, list[uuid.UUID]]]:
    """Every record search covers, in batches of ids, kind by kind."""
    for kind, model in MODELS.items():
        ids: list[uuid.UUID] = []
        for pk in model._base_manager.order_by("pk").values_list("pk", flat=True).iterator(2000):
            ids.append(pk)
            if len(ids) >= batch:
                yield kind, ids
                ids = []
        if ids:
            yield kind, ids


def count_targets() -> int:
    return sum(model._base_manager.count() for model in MODELS.values())


def reindex_all(batches: Iterable[tuple[str, list[uuid.UUID]]]) -> None:
    """Rebuild from scratch, a batch per transaction, so writers are never held up long."""
    for kind, ids in batches:
        reindex({kind: set(ids)})
    with transaction.atomic():
        # Entries of records that no longer exist.
        for kind, model in MODELS.items():
            SearchEntry.objects.filter(target_type=kind).exclude(
                target_id__in=model._base_manager.values("pk")
            ).delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
