from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobCorruptError, BlobStore

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


def blob_path(store: BlobStore, name: str) -> Path:
    return store.root / "blobs" / name[:2] / name


def test_a_flipped_byte_fails_verification(store: BlobStore) -> None:
    result = store.ingest(io.BytesIO(random_bytes(BLOCK_SIZE)))
    path = blob_path(store, result.blob_name)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 1
    path.write_bytes(bytes(raw))
    assert not store.verify(result.blob_name, result.sha256)
    with pytest.raises(BlobCorruptError, match="restore it from backup"):
        b"".join(store.read_chunks(result.blob_name))


def test_a_truncated_blob_fails_verification(store: BlobStore) -> None:
    result = store.ingest(io.BytesIO(random_bytes(3 * 65536)))
    path = blob_path(store, result.blob_name)
    path.write_bytes(path.read_bytes()[: -65536 - 16])
    assert not store.verify(result.blob_name, result.sha256)


def test_a_blob_renamed_to_another_name_fails_verification(store: BlobStore) -> None:
    first = store.ingest(io.BytesIO(b"first statement"))
    second = store.ingest(io.BytesIO(b"second statement"))
    blob_path(store, second.blob_name).write_bytes(blob_path(store, first.blob_name).read_bytes())
    assert not store.verify(second.blob_name, first.sha256)
