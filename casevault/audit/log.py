"""Writing to the audit chain. Called by actions, inside their transaction."""

from __future__ import annotations

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
    # Lock the head row: two writers must not both link to the same previous entry.
    head, _ = AuditHead.objects.select_for_update().get_or_create(id=1)
    entry = AuditEntry(
        seq=head.seq + 1,
        at=timezone.now(),
        actor=actor_name(actor),
        verb=verb,
        target_type=model_label(target) if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        digest=digest({"state": state, "details": details}),
        details=details,
        prev_hash=head.entry_hash,
    )
    entry.entry_hash = link_hash(entry)
    entry.save(force_insert=True)
    head.seq, head.entry_hash = entry.seq, entry.entry_hash
    head.save(update_fields=["seq", "entry_hash"])
    if target is not None and revision:
        last = (
            Revision.objects.filter(target_type=entry.target_type, target_id=entry.target_id)
            .order_by("-version")
            .values_list("version", flat=True)
            .first()
        )
        Revision.objects.create(
            target_type=entry.target_type,
            target_id=entry.target_id,
            version=(last or 0) + 1,
            at=entry.at,
            actor=entry.actor,
            audit_seq=entry.seq,
            changed=sorted(changed) if changed is not None else sorted(state),
            data=state,
        )
    return entry
