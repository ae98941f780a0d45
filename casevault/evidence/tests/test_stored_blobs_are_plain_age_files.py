from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from casevault.evidence.blobstore import IDENTITY_AAD, BlobStore
from casevault.lib.crypto import derive_subkey, unseal

from .support import data_key_fixture, random_bytes, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure


def test_a_stored_blob_decrypts_with_the_age_tool_given_the_unsealed_identity(
    store: BlobStore, data_key: bytes, tmp_path: Path
) -> None:
    # The disaster-recovery path of docs/evidence-format.md: data key -> identity -> age.
    age = shutil.which("age")
    if age is None:
        pytest.fail("the age CLI is not installed: apt-get install age (make test does)")
    data = random_bytes(200_000)
    name = store.ingest(io.BytesIO(data)).blob_name
    secret = unseal(
        derive_subkey(data_key, "evidence-identity"),
        (store.root / "identity.sealed").read_bytes(),
        IDENTITY_AAD,
    )
    key_file = tmp_path / "vault.key"
    key_file.write_bytes(secret + b"\n")
    blob = store.root / "blobs" / name[:2] / name
    out = subprocess.run([age, "-d", "-i", str(key_file), str(blob)], capture_output=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == data
