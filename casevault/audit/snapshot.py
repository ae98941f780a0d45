"""A record's state as plain JSON data: used by revisions, audit digests and exports."""

from __future__ import annotations

import datetime
import decimal
import hashlib
import json
import uuid
from typing import Any

from django.db import models


def model_label(model: type[models.Model] | models.Model) -> str:
    return model._meta.label_lower


def to_jsonable(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def snapshot(instance: models.Model) -> dict[str, Any]:
    """The instance's own columns (local fields only; a parent table is its own snapshot)."""
    data: dict[str, Any] = {}
    for field in instance._meta.local_concrete_fields:
        data[field.attname] = to_jsonable(getattr(instance, field.attname))
    return data


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
