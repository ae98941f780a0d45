from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyrage import x25519

from casevault.evidence.blobstore import (
    BLOCK_SIZE,
    BlobStore,
    ExportError,
    InvalidRecipientError,
)

from .support import data_key_fixture, random_bytes, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure

DECRYPT_IN_CHILD = """
import hashlib, sys, pyrage
from pyrage import x25519
identity = x25519.Identity.from_str(sys.stdin.read().strip())
with open(sys.argv[1], "rb") as fh:
    print(hashlib.sha256(pyrage.decrypt(fh.read(), [identity])).hexdigest())
"""


@pytest.fixture
def exported(store: BlobStore, tmp_path: Path) -> tuple[bytes, x25519.Identity, Path]:
    data = random_bytes(2 * BLOCK_SIZE + 333)
    blob = store.ingest(io.BytesIO(data)).blob_name
    court = x25519.Identity.generate()
    dest = tmp_path / "exhibit-12.age"
    result = store.export_age(blob, dest, str(court.to_public()))
    assert result.encrypted and result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    return data, court, dest


def test_an_export_decrypts_with_pyrage_in_another_process(
    exported: tuple[bytes, x25519.Identity, Path],
) -> None:
    data, court, dest = exported
    out = subprocess.run(
        [sys.executable, "-c", DECRYPT_IN_CHILD, str(dest)],
        input=str(court),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == hashlib.sha256(data).hexdigest()


def test_an_export_decrypts_with_the_age_command_line_tool(
    exported: tuple[bytes, x25519.Identity, Path], tmp_path: Path
) -> None:
    age = shutil.which("age") or ("/usr/bin/age" if os.path.exists("/usr/bin/age") else None)
    if age is None:
        pytest.fail("the age CLI is not installed: apt-get install age (make test does)")
    data, court, dest = exported
    key_file = tmp_path / "court.key"
    key_file.write_text(str(court) + "\n")
    key_file.chmod(0o600)
    out = subprocess.run([age, "-d", "-i", str(key_file), str(dest)], capture_output=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == data


def test_the_vaults_own_recipient_cannot_read_someone_elses_export(
    exported: tuple[bytes, x25519.Identity, Path], store: BlobStore
) -> None:
    _, _, dest = exported
    assert store.recipient.startswith("age1")
    assert store.recipient not in dest.read_bytes().decode("latin-1")


def test_a_plaintext_export_is_an_exact_copy(store: BlobStore, tmp_path: Path) -> None:
    data = random_bytes(BLOCK_SIZE + 1)
    blob = store.ingest(io.BytesIO(data)).blob_name
    result = store.export_age(blob, tmp_path / "copy.bin", None)
    assert not result.encrypted
    assert (tmp_path / "copy.bin").read_bytes() == data
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_bad_recipient_or_existing_file_is_refused(store: BlobStore, tmp_path: Path) -> None:
    blob = store.ingest(io.BytesIO(b"statement")).blob_name
    with pytest.raises(InvalidRecipientError, match="age public key"):
        store.export_age(blob, tmp_path / "x.age", "AGE-SECRET-KEY-1NOTAKEY")
    (tmp_path / "taken.age").write_bytes(b"keep me")
    with pytest.raises(ExportError, match="already exists"):
        store.export_age(blob, tmp_path / "taken.age", store.recipient)
    assert (tmp_path / "taken.age").read_bytes() == b"keep me"
    assert not (tmp_path / "x.age").exists()
