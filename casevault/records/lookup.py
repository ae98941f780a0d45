"""Finding records by the identifiers users type on the command line."""

from __future__ import annotations

import uuid

from django.apps import apps
from django.db import models

from casevault.records.models import Case

LINKABLE = [
    "records.event",
    "records.act",
    "records.person",
    "records.organisation",
    "records.place",
    "records.source",
    "records.proceeding",
    "records.intervention",
    "records.monitoringvisit",
    "records.case",
]


class LookupError_(ValueError):
    pass


def case_by_reference(reference: str) -> Case:
    case = Case.objects.filter(reference=reference).first()
    if case is None:
        raise LookupError_(f"no case with reference {reference!r}: check it (e.g. CV-2026-0001)")
    return case


def record_by_id(text: str) -> models.Model:
    try:
        pk = uuid.UUID(text)
    except ValueError as exc:
        raise LookupError_(f"{text!r} is not a record id (a UUID)") from exc
    for label in LINKABLE:
        found = apps.get_model(label)._base_manager.filter(pk=pk).first()
        if found is not None:
            return found
    raise LookupError_(f"no record with id {text}")
