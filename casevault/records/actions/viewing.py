from __future__ import annotations

from collections.abc import Iterable

from django.db import models, transaction

from casevault.accounts.models import User
from casevault.audit import log as audit
from casevault.lib.levels import Level

# Reading these levels leaves a trace: who looked at which record, and when.
_AUDITED_LEVELS = frozenset({Level.RESTRICTED, Level.SECRET})


def record_viewed(*, actor: User, record: models.Model) -> bool:
    """Log that ``actor`` was shown a restricted or secret record; True if logged.

    The caller has already checked access (a selector): this only leaves the trace.
    """
    return records_viewed(actor=actor, records=[record]) == 1


def records_viewed(*, actor: User, records: Iterable[models.Model]) -> int:
    """Log each restricted or secret record of a page (a chronology shows many at once)."""
    audited = [r for r in records if getattr(r, "confidentiality", None) in _AUDITED_LEVELS]
    if not audited:
        return 0
    with transaction.atomic():
        for record in audited:
            audit.record(actor=actor, verb="record.view", target=record, revision=False)
    return len(audited)
