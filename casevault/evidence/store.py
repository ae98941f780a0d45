"""The vault's evidence store, opened with the unlocked data key."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings

from casevault.evidence.blobstore import BlobStore, StoreNotFoundError
from casevault.store import keyring


def evidence_root() -> Path:
    if not settings.CASEVAULT_VAULT_PATH:
        raise RuntimeError("no vault is open: the evidence store lives in the vault folder")
    return Path(settings.CASEVAULT_VAULT_PATH) / "evidence"


def blob_store() -> BlobStore:
    return _open(evidence_root(), keyring.require_data_key())


@cache
def _open(root: Path, data_key: bytes) -> BlobStore:
    try:
        return BlobStore.open(root, data_key)
    except StoreNotFoundError:
        # Vaults made before the evidence store existed get one on first use.
        if root.exists() and any(p for p in root.iterdir() if not p.name.startswith(".")):
            raise
        root.mkdir(parents=True, exist_ok=True)
        return BlobStore.create(root, data_key)
