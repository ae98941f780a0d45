from __future__ import annotations

from casevault.store.vault import VaultError


class BackupError(VaultError):
    """A backup cannot be written, read or trusted; the message says what and why."""


class BackupTamperedError(BackupError):
    """The backup's bytes do not match its sealed manifest (altered, truncated, swapped)."""
