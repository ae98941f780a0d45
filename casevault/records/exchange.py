"""Full JSON export of every record, and its lossless import into an empty vault.

The format is documented in docs/export-format.md. Output is deterministic (tables in a
fixed order, rows by primary key, keys sorted) so that export → import → export gives the
same bytes, and two exports can be compared with diff.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, TextIO

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import IntegrityError, connection, models, transaction

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.audit.snapshot import snapshot

FORMAT = "casevault-export"
VERSION = 1

# Order matters only for reading; foreign keys are checked at commit.
TABLES = [
    "vocab.vocabulary",
    "vocab.term",
    "records.place",
    "records.facility",
    "records.organisation",
    "records.person",
    "records.personname",
    "records.consent",
    "records.event",
    "records.act",
    "records.actmethod",
    "records.actinvolvement",
    "records.case",
    "records.caseevent",
    "records.caseperson",
    "records.proceeding",
    "records.proceedingparty",
    "records.proceedingstep",
    "records.intervention",
    "records.source",
    "records.information",
    "records.monitoringvisit",
    "records.visitmember",
    "records.counter",
]
# Loaded at init from the package: an import replaces them rather than refusing.
REPLACEABLE = ["vocab.term", "vocab.vocabulary", "records.counter"]


class ImportFormatError(ValueError):
    pass


def _model(label: str) -> type[models.Model]:
    return apps.get_model(label)


def export_document(*, actor: User) -> dict[str, Any]:
    require(actor, "vault.export")
    tables: dict[str, list[dict[str, Any]]] = {}
    for label in TABLES:
        model = _model(label)
        tables[label] = [snapshot(obj) for obj in model._base_manager.order_by("pk").iterator(2000)]
    with transaction.atomic():
        audit.record(
            actor=actor,
            verb="vault.export_json",
            details={"rows": sum(len(rows) for rows in tables.values())},
        )
    return {"format": FORMAT, "version": VERSION, "tables": tables}


def write_json(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, ensure_ascii=False, sort_keys=True, indent=1)
    out.write("\n")


def import_document(*, actor: User, text: str) -> dict[str, int]:
    """Insert every row of an export into an empty vault, in one transaction."""
    require(actor, "vault.admin")
    document = _parse(text)
    non_empty = [
        label
        for label in TABLES
        if label not in REPLACEABLE and _model(label)._base_manager.exists()
    ]
    if non_empty:
        raise ImportFormatError(
            f"the vault already holds records ({non_empty[0]}): import-json restores into an "
            "empty vault only; nothing was changed"
        )
    counts: dict[str, int] = {}
    try:
        with transaction.atomic():
            _insert_all(document, counts)
            # Rows were written directly: build their search entries in the same transaction.
            from casevault.search.index import all_targets, reindex_all

            reindex_all(all_targets())
            audit.record(
                actor=actor,
                verb="vault.import_json",
                details={
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    "rows": sum(counts.values()),
                },
            )
    except IntegrityError as exc:
        raise ImportFormatError(
            f"the export is inconsistent ({exc}): a row refers to a record the file does not "
            "contain, or repeats one; nothing was imported"
        ) from exc
    return counts


def _insert_all(document: dict[str, Any], counts: dict[str, int]) -> None:
    # Replace what init loaded. Raw deletes: terms protect their parents, and foreign
    # keys are only checked at commit, when every table is complete again.
    with connection.cursor() as cursor:
        for label in REPLACEABLE:
            table = connection.ops.quote_name(_model(label)._meta.db_table)
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - a model's table name
    for label in TABLES:
        rows = document["tables"].get(label, [])
        model = _model(label)
        objs = [_build(model, label, i, row) for i, row in enumerate(rows)]
        if model._meta.parents:
            # A child of a multi-table model: raw saves write only its own table.
            for obj in objs:
                obj.save_base(raw=True, force_insert=True)
        else:
            model._base_manager.bulk_create(objs, batch_size=500)
        counts[label] = len(objs)
    _reset_sequences()


def _parse(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}): is this a "
            "casevault export?"
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFormatError('not a CaseVault export (no "format": "casevault-export")')
    if document.get("version") != VERSION:
        raise ImportFormatError(
            f"export version {document.get('version')} is not supported (this CaseVault reads {VERSION})"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFormatError('the export has no "tables" object')
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ImportFormatError(f"unknown table {unknown[0]!r} in the export")
    return document


def _build(model: type[models.Model], label: str, index: int, row: Any) -> models.Model:
    fields = {f.attname: f for f in model._meta.local_concrete_fields}
    if not isinstance(row, dict) or set(row) != set(fields):
        got = sorted(row) if isinstance(row, dict) else type(row).__name__
        raise ImportFormatError(
            f"{label} row {index + 1}: expected fields {sorted(fields)}, got {got}"
        )
    values: dict[str, Any] = {}
    for attname, value in row.items():
        field = fields[attname]
        target = field.target_field if field.is_relation else field  # type: ignore[attr-defined]
        try:
            values[attname] = None if value is None else target.to_python(value)
        except ValidationError as exc:
            raise ImportFormatError(
                f"{label} row {index + 1}, field {attname}: {'; '.join(exc.messages)}"
            ) from exc
    return model(**values)


def _reset_sequences() -> None:
    """PostgreSQL: explicit ids were inserted, so move each id sequence past them."""
    if connection.vendor != "postgresql":
        return
    sql = connection.ops.sequence_reset_sql(no_style(), [_model(label) for label in TABLES])
    with connection.cursor() as cursor:
        for statement in sql:
            cursor.execute(statement)


def iter_tables() -> Iterator[str]:
    return iter(TABLES)
