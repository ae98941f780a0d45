from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BlobStore
from casevault.lib.crypto import random_key

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


def test_the_name_is_not_the_plain_sha256(store: BlobStore) -> None:
    data = random_bytes(5000)
    result = store.ingest(io.BytesIO(data))
    plain = hashlib.sha256(data).hexdigest()
    assert result.blob_name != plain
    assert not any(plain in str(p) for p in store.root.rglob("*"))


def test_two_vaults_name_the_same_content_differently(tmp_path: Path) -> None:
    data = random_bytes(5000)
    one = BlobStore.create(tmp_path / "one", random_key()).ingest(io.BytesIO(data))
    two = BlobStore.create(tmp_path / "two", random_key()).ingest(io.BytesIO(data))
    assert one.sha256 == two.sha256
    assert one.blob_name != two.blob_name


def test_blobs_are_sharded_by_the_first_two_hex_digits(store: BlobStore) -> None:
    result = store.ingest(io.BytesIO(b"x"))
    path = store.root / "blobs" / result.blob_name[:2] / result.blob_name
    assert path.is_file()
    assert store.blob_name_for(result.sha256) == result.blob_name
