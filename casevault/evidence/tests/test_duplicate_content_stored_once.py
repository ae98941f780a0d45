from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BlobStore

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    random_bytes,
    store_fixture,
)

pytestmark = pytest.mark.pure


def test_the_same_content_twice_is_stored_once(store: BlobStore, tmp_path: Path) -> None:
    data = random_bytes(300_000)
    src = tmp_path / "copy.mp4"
    src.write_bytes(data)
    first = store.ingest(io.BytesIO(data))
    second = store.ingest(src)
    assert second.blob_name == first.blob_name
    assert (first.deduplicated, second.deduplicated) == (False, True)
    assert list(store.iter_blob_names()) == [first.blob_name]
    assert not files_under(store.root / "incoming")
