"""The unlocked data key, held in process memory only.

Nothing here touches disk. ``casevault.store.vault`` puts the key here after checking the
passphrase; the database backend, the evidence store and the audit chain read it.
"""

from __future__ import annotations

import os

from casevault.lib.crypto import derive_subkey

_data_key: bytes | None = None


def set_data_key(key: bytes | None) -> None:
    global _data_key
    _data_key = key


def get_data_key() -> bytes | None:
    return _data_key


def require_data_key() -> bytes:
    if _data_key is None:
        raise RuntimeError("the vault is locked: no data key in memory")
    return _data_key


def subkey(purpose: str) -> bytes:
    return derive_subkey(require_data_key(), purpose)


def busy_timeout_ms() -> int:
    # How long a writer waits for another writer before giving up with a clear error.
    return int(os.environ.get("CASEVAULT_BUSY_TIMEOUT_MS", "10000"))
