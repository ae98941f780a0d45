from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobStore

from .support import data_key_fixture, random_bytes, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure

SIZES = [1, 8191, 64 * 1024, 64 * 1024 + 1, BLOCK_SIZE, 3 * BLOCK_SIZE + 17]


@pytest.mark.parametrize("size", SIZES)
def test_a_stream_reads_back_byte_for_byte(store: BlobStore, size: int) -> None:
    data = random_bytes(size)
    result = store.ingest(io.BytesIO(data))
    assert b"".join(store.read_chunks(result.blob_name)) == data
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == size
    assert result.deduplicated is False


def test_a_path_reads_back_through_open_plaintext(store: BlobStore, tmp_path: Path) -> None:
    data = random_bytes(2 * BLOCK_SIZE + 5)
    src = tmp_path / "photo.jpg"
    src.write_bytes(data)
    result = store.ingest(src)
    with store.open_plaintext(result.blob_name) as stream:
        head = stream.read(10)
        rest = stream.read()
    assert head + rest == data


def test_progress_reports_the_bytes_read_so_far(store: BlobStore) -> None:
    data = random_bytes(3 * BLOCK_SIZE + 1)
    seen: list[int] = []
    store.ingest(io.BytesIO(data), progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == len(data)


def test_it_verifies_what_it_stored(store: BlobStore) -> None:
    data = random_bytes(100_000)
    result = store.ingest(io.BytesIO(data))
    assert store.verify(result.blob_name, result.sha256)
    assert not store.verify(result.blob_name, hashlib.sha256(b"other").hexdigest())


def test_a_reopened_store_reads_the_same_blobs(tmp_path: Path, data_key: bytes) -> None:
    first = BlobStore.create(tmp_path / "store", data_key)
    data = random_bytes(70_000)
    result = first.ingest(io.BytesIO(data))
    again = BlobStore.open(tmp_path / "store", data_key)
    assert again.recipient == first.recipient
    assert list(again.iter_blob_names()) == [result.blob_name]
    assert b"".join(again.read_chunks(result.blob_name)) == data


def test_abandoning_a_read_halfway_stops_the_decrypting_thread(store: BlobStore) -> None:
    result = store.ingest(io.BytesIO(random_bytes(12 * BLOCK_SIZE)))
    chunks = store.read_chunks(result.blob_name)
    next(chunks)
    chunks.close()  # type: ignore[attr-defined]
    import threading

    assert not [t for t in threading.enumerate() if t.name == "blob-decrypt"]
