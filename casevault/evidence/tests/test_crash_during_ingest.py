from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BlobStore

from .support import data_key_fixture, files_under, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import sys, time
from pathlib import Path
from casevault.evidence.blobstore import BlobStore

class SlowSource:
    # A slow upload: the parent kills us while the ciphertext is half written.
    def __init__(self, fh):
        self.fh = fh
    def read(self, n=-1):
        time.sleep(0.02)
        return self.fh.read(n)

store = BlobStore.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
with open(sys.argv[3], "rb") as fh:
    store.ingest(SlowSource(fh))
print("finished", flush=True)
"""


def test_a_killed_ingest_leaves_no_blob_and_no_plaintext(
    store: BlobStore, data_key: bytes, tmp_path: Path
) -> None:
    canary = os.urandom(24)
    unit = canary + os.urandom(4096 - len(canary))
    source = tmp_path / "video.mp4"
    source.write_bytes(unit * 8192)  # 32 MiB: about 0.6 s of slow reading
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store.root), data_key.hex(), str(source)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
    )
    incoming = store.root / "incoming"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        temps = list(incoming.glob("*.tmp"))
        if temps and temps[0].stat().st_size > 4 << 20:
            break
        time.sleep(0.01)
    else:
        child.kill()
        pytest.fail("the child never wrote 4 MiB of ciphertext")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    assert not list(store.iter_blob_names())
    assert list(incoming.glob("*.tmp"))
    for path in files_under(store.root):
        assert canary not in path.read_bytes(), path

    assert store.cleanup_partial() >= 1
    assert not files_under(incoming)
    result = store.ingest(source)
    assert list(store.iter_blob_names()) == [result.blob_name]
    assert store.verify(result.blob_name, result.sha256)


def test_cleanup_can_spare_temporaries_that_are_still_fresh(store: BlobStore) -> None:
    fresh = store.root / "incoming" / "in-progress.tmp"
    fresh.write_bytes(b"ciphertext being written")
    assert store.cleanup_partial(min_age_seconds=3600) == 0
    assert fresh.exists()
    assert store.cleanup_partial() == 1
