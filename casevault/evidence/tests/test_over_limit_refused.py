from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobStore, TooLargeError

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, n: int | None = -1) -> bytes:
        chunk = super().read(n)
        self.bytes_read += len(chunk)
        return chunk


def test_a_stream_over_the_limit_is_refused_and_nothing_kept(store: BlobStore) -> None:
    stream = CountingStream(random_bytes(10 * BLOCK_SIZE))
    with pytest.raises(TooLargeError, match="limit"):
        store.ingest(stream, max_bytes=3 * BLOCK_SIZE + 10)
    # It stops as soon as the limit is passed rather than reading everything.
    assert stream.bytes_read <= 4 * BLOCK_SIZE
    assert not list(store.iter_blob_names())
    assert not files_under(store.root / "incoming")


def test_a_small_stream_over_a_small_limit_is_refused(store: BlobStore) -> None:
    with pytest.raises(TooLargeError):
        store.ingest(io.BytesIO(b"0123456789"), max_bytes=9)
    assert not list(store.iter_blob_names())


def test_a_file_over_the_limit_is_refused_before_reading(store: BlobStore, tmp_path: Path) -> None:
    src = tmp_path / "video.mp4"
    src.write_bytes(random_bytes(5000))
    with pytest.raises(TooLargeError, match="video.mp4"):
        store.ingest(src, max_bytes=4999)
    assert not files_under(store.root / "blobs")
    assert not files_under(store.root / "incoming")


def test_a_file_exactly_at_the_limit_is_accepted(store: BlobStore) -> None:
    result = store.ingest(io.BytesIO(b"0123456789"), max_bytes=10)
    assert result.size == 10
