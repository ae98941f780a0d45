from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BLOCK_SIZE, BlobStore

from .support import (  # noqa: F401 - fixtures
    data_key_fixture,
    files_under,
    store_fixture,
)

pytestmark = pytest.mark.pure


def canary_file(canary: bytes, blocks: int) -> bytes:
    # The canary recurs every 4 KiB so that any leaked fragment would contain it.
    unit = canary + os.urandom(4096 - len(canary))
    return unit * (blocks * BLOCK_SIZE // 4096)


def test_no_canary_bytes_reach_the_store_or_the_temp_dir(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    canary = os.urandom(24)
    data = canary_file(canary, blocks=3)
    source = tmp_path / "source" / "testimony.wav"
    source.parent.mkdir()
    source.write_bytes(data)

    from_path = store.ingest(source)
    store.ingest(io.BytesIO(data[:-1]))
    assert b"".join(store.read_chunks(from_path.blob_name)) == data
    store.export_age(from_path.blob_name, tmp_path / "out.age", store.recipient)

    scanned = files_under(store.root) + files_under(system_tmp)
    assert len(scanned) >= 4  # marker, identity, two blobs
    for path in scanned:
        content = path.read_bytes()
        assert canary not in content, path
        assert canary[:12] not in content, path
    assert canary not in (tmp_path / "out.age").read_bytes()
