from __future__ import annotations

import errno
import io
from pathlib import Path
from typing import BinaryIO

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobStore, StorageFullError

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


class FillsUp(io.RawIOBase):
    """A file that accepts `room` bytes, then fails like a full disk."""

    def __init__(self, real: BinaryIO, room: int) -> None:
        self._real = real
        self._room = room

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._real.write(data)

    def fileno(self) -> int:
        return self._real.fileno()

    def close(self) -> None:
        self._real.close()
        super().close()


def test_a_full_disk_gives_a_clear_error_and_no_blob(
    store: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = store._open_temp

    def open_on_full_disk() -> tuple[Path, BinaryIO]:
        path, fh = real_open()
        return path, FillsUp(fh, room=200_000)  # type: ignore[return-value]

    monkeypatch.setattr(store, "_open_temp", open_on_full_disk)
    with pytest.raises(StorageFullError, match="disk full.*nothing was stored"):
        store.ingest(io.BytesIO(random_bytes(3 * BLOCK_SIZE)))
    assert not list(store.iter_blob_names())
    assert not files_under(store.root / "incoming")


def test_a_full_disk_at_fsync_gives_the_same_error(
    store: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fsync_fails(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("casevault.evidence.blobstore.os.fsync", fsync_fails)
    with pytest.raises(StorageFullError):
        store.ingest(io.BytesIO(random_bytes(1000)))
    monkeypatch.undo()
    assert not list(store.iter_blob_names())
    assert not files_under(store.root / "incoming")
