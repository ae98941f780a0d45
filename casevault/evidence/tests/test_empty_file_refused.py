from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BlobStore, EmptyFileError

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    store_fixture,
)

pytestmark = pytest.mark.pure


def test_an_empty_stream_is_refused(store: BlobStore) -> None:
    with pytest.raises(EmptyFileError, match="empty"):
        store.ingest(io.BytesIO(b""))
    assert not list(store.iter_blob_names())
    assert not files_under(store.root / "incoming")


def test_an_empty_file_is_refused(store: BlobStore, tmp_path: Path) -> None:
    src = tmp_path / "empty.pdf"
    src.touch()
    with pytest.raises(EmptyFileError):
        store.ingest(src)
    assert not list(store.iter_blob_names())
