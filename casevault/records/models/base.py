from __future__ import annotations

import uuid
from typing import Any

from django.db import models
from django.utils import timezone

from casevault.lib import levels
from casevault.lib.fuzzydate import FuzzyDate, Precision


class Record(models.Model):
    """Fields every record shares: a stable id, a confidentiality level, timestamps."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    confidentiality = models.CharField(
        max_length=10, choices=levels.CHOICES, default=levels.Level.INTERNAL
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


PRECISION_CHOICES = [(p.value, p.value) for p in Precision]


def fuzzy_date_columns() -> tuple[models.DateField, models.DateField, models.CharField]:
    """The three columns of a fuzzy date: first possible day, last possible day, precision."""
    return (
        models.DateField(null=True, blank=True),
        models.DateField(null=True, blank=True),
        models.CharField(max_length=8, choices=PRECISION_CHOICES, default=Precision.UNKNOWN),
    )


class FuzzyDateAttr:
    """``obj.date`` reads and writes ``date_start``, ``date_end`` and ``date_precision``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def columns(self) -> list[str]:
        return [f"{self.prefix}_start", f"{self.prefix}_end", f"{self.prefix}_precision"]

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        start, end, precision = (getattr(obj, c) for c in self.columns())
        return FuzzyDate(start=start, end=end, precision=Precision(precision))

    def __set__(self, obj: Any, value: FuzzyDate) -> None:
        for column, part in zip(
            self.columns(), (value.start, value.end, value.precision.value), strict=True
        ):
            setattr(obj, column, part)
