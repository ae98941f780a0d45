"""Writing to the audit chain. Called by actions, inside their transaction.

Every write of the application passes through here, so the statements are plain SQL
prepared once per table (Django's query compiler cost more than the database work):
read and lock the head, insert the entry, move the head, and for a record read its last
revision number and insert the next revision.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.db import connection, models
from django.utils import timezone

from casevault.audit.chain import link_hash
from casevault.audit.models import AuditEntry, AuditHead, Revision
from casevault.audit.snapshot import digest, model_label, snapshot


def actor_name(actor: Any) -> str:
    return getattr(actor, "username", None) or str(actor)


def record(
    *,
    actor: Any,
    verb: str,
    target: models.Model | None = None,
    details: dict[str, Any] | None = None,
    changed: list[str] | None = None,
    revision: bool = True,
) -> AuditEntry:
    """Append one entry (and, for a record, a revision) in the caller's transaction."""
    if not connection.in_atomic_block:
        raise RuntimeError("audit.record must run inside the action's transaction")
    state = snapshot(target) if target is not None else {}
    details = details or {}
    with connection.cursor() as cursor:
        head_seq, head_hash = _lock_head(cursor)
        entry = AuditEntry(
            seq=head_seq + 1,
            at=timezone.now(),
            actor=actor_name(actor),
            verb=verb,
            target_type=model_label(target) if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            digest=digest({"state": state, "details": details}),
            details=details,
            prev_hash=head_hash,
        )
        entry.entry_hash = link_hash(entry)
        _insert(cursor, entry)
        cursor.execute(_sql("move_head"), [entry.seq, entry.entry_hash])
        if target is not None and revision:
            cursor.execute(_sql("last_version"), [entry.target_type, entry.target_id])
            last = cursor.fetchone()[0]
            _insert(
                cursor,
                Revision(
                    target_type=entry.target_type,
                    target_id=entry.target_id,
                    version=(last or 0) + 1,
                    at=entry.at,
                    actor=entry.actor,
                    audit_seq=entry.seq,
                    changed=sorted(changed) if changed is not None else sorted(state),
                    data=state,
                ),
            )
    return entry


def _lock_head(cursor: Any) -> tuple[int, str]:
    """The head, read under the write lock, so two writers never link to the same entry.

    PostgreSQL: the row lock (FOR UPDATE) is held until the transaction ends. SQLite: the
    vault's transactions begin IMMEDIATE, holding the database's write lock from the start.
    """
    cursor.execute(_sql("lock_head"))
    row = cursor.fetchone()
    if row is None:
        # The first entry of a new vault; get_or_create copes with a racing first writer.
        head, _ = AuditHead.objects.select_for_update().get_or_create(id=1)
        return head.seq, head.entry_hash
    return int(row[0]), str(row[1])


def _insert(cursor: Any, instance: AuditEntry | Revision) -> None:
    model = type(instance)
    values = [f.get_db_prep_save(getattr(instance, f.attname), connection) for f in _columns(model)]
    cursor.execute(_sql(f"insert_{model._meta.model_name}"), values)
    instance._state.adding, instance._state.db = False, connection.alias


@cache
def _columns(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    # An auto-numbered key (a revision's id) is left to the database.
    return [f for f in model._meta.concrete_fields if not isinstance(f, models.AutoField)]


def _sql(name: str) -> str:
    return _statements(connection.vendor)[name]


@cache
def _statements(vendor: str) -> dict[str, str]:
    read_head = "SELECT seq, entry_hash FROM audit_audithead WHERE id = 1"
    statements = {
        "lock_head": read_head + " FOR UPDATE"
        if connection.features.has_select_for_update
        else read_head,
        "move_head": "UPDATE audit_audithead SET seq = %s, entry_hash = %s WHERE id = 1",
        "last_version": (
            "SELECT MAX(version) FROM audit_revision WHERE target_type = %s AND target_id = %s"
        ),
    }
    q = connection.ops.quote_name
    for model in (AuditEntry, Revision):
        columns = _columns(model)
        # Names come from our own models; every value is a bound parameter.
        statements[f"insert_{model._meta.model_name}"] = (
            f"INSERT INTO {q(model._meta.db_table)} ({', '.join(q(f.column) for f in columns)}) "  # noqa: S608
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
    return statements
