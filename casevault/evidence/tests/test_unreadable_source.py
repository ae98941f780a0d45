from __future__ import annotations

import errno
import io

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobStore, SourceReadError

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


class FailingSource(io.BytesIO):
    def read(self, n: int | None = -1) -> bytes:
        if self.tell() >= BLOCK_SIZE:
            raise OSError(errno.EIO, "Input/output error")
        return super().read(n)


def test_an_unreadable_source_is_not_blamed_on_the_store(store: BlobStore) -> None:
    with pytest.raises(SourceReadError, match="could not read the file being stored"):
        store.ingest(FailingSource(random_bytes(3 * BLOCK_SIZE)))
    assert not list(store.iter_blob_names())
    assert not files_under(store.root / "incoming")
