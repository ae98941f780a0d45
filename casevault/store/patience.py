"""Writes that must get through while other processes keep the vault's writer lock busy.

SQLite's own busy handler backs off to one try every 100 ms, so a process that writes once
(a backup's audit entry, a command's schema step) can lose every race against writers that
commit back to back. Here the wait is spent in short, jittered tries instead, which win a
gap between two writers' transactions long before the same time runs out.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, connection

from casevault.store import keyring

T = TypeVar("T")

# One try waits at most this long inside SQLite before we try again ourselves.
_TRY_MS = 20


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return isinstance(exc, OperationalError) and ("locked" in text or "lock timeout" in text)


def write_patiently(write: Callable[[], T], *, within_ms: int | None = None) -> T:
    """Run ``write`` (a whole transaction), retrying it while the writer lock is busy.

    Gives up with the database's own lock error after ``within_ms`` (default: three times
    the configured busy timeout). PostgreSQL queues lock waiters fairly, so there each try
    waits with the server's own lock timeout and is only repeated when that runs out.
    """
    if connection.in_atomic_block:
        return write()  # inside a caller's transaction: only the caller can retry
    budget_ms = within_ms if within_ms is not None else 3 * keyring.busy_timeout_ms()
    deadline = time.monotonic() + budget_ms / 1000
    sqlite = connection.vendor == "sqlite"
    if sqlite:
        connection.ensure_connection()
        _set_busy_timeout(_TRY_MS)
    try:
        while True:
            try:
                return write()
            except OperationalError as exc:
                if not is_lock_error(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0.0005, 0.005))  # noqa: S311 - jitter, not a secret
    finally:
        if sqlite:
            _set_busy_timeout(keyring.busy_timeout_ms())


def _set_busy_timeout(ms: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA busy_timeout = {int(ms)}")
