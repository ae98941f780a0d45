"""The last backup, for the admin page: ``last_backup_info()``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

DEFAULT_WARN_DAYS = 7


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    file: str
    folder: str
    kind: str  # "full" | "incremental"
    encryption: str  # "vault-key" | "recipient"
    size: int
    age: timedelta
    overdue: bool  # older than CASEVAULT_BACKUP_WARN_DAYS (default 7)


def warn_after() -> timedelta:
    return timedelta(days=float(os.environ.get("CASEVAULT_BACKUP_WARN_DAYS", DEFAULT_WARN_DAYS)))


def last_backup_info(*, now: datetime | None = None) -> LastBackup | None:
    """The newest backup recorded in the audit chain, or None if there never was one.

    Every ``casevault backup`` appends a ``vault.backup`` entry after its file is complete,
    so this reads only committed, finished backups.
    """
    from casevault.audit.models import AuditEntry

    entry = AuditEntry.objects.filter(verb="vault.backup").order_by("-seq").first()
    if entry is None:
        return None
    now = now or timezone.now()
    details = entry.details or {}
    age = now - entry.at
    return LastBackup(
        at=entry.at,
        file=str(details.get("file", "")),
        folder=str(details.get("folder", "")),
        kind=str(details.get("kind", "")),
        encryption=str(details.get("encryption", "")),
        size=int(details.get("size", 0)),
        age=age,
        overdue=age > warn_after(),
    )
