"""Fixtures and helpers for the pure evidence tests (no database).

Kept out of conftest.py, which the database tests in this folder use: a test module
imports the fixtures it needs from here explicitly.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.evidence.blobstore import BlobStore
from casevault.lib.crypto import random_key


# Fixtures carry a name= so that a test module can import them (as *_fixture) without
# the parameter of the same name shadowing the import.
@pytest.fixture(name="data_key")
def data_key_fixture() -> bytes:
    return random_key()


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path, data_key: bytes) -> Iterator[BlobStore]:
    blob_store = BlobStore.create(tmp_path / "store", data_key)
    yield blob_store
    blob_store.close()


def random_bytes(size: int) -> bytes:
    return os.urandom(size)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


REPORT_HTML = """<html><head><title>Case of Aidar Seitkali</title>
<meta name="author" content="Monitor Ivanova"></head><body>
<p>On 8 October the prisoner Aidar Seitkali was beaten by guards in cell 12.</p>
<p>Witness: Семёнова Елена saw it from the corridor.</p>
<p style="page-break-before: always">Page two mentions AIDAR SEITKALI again.</p>
</body></html>"""


@pytest.fixture(name="report_pdf", scope="session")
def report_pdf_fixture() -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=REPORT_HTML).write_pdf())


def jpeg_with_exif(**extra: object) -> bytes:
    """A small photo carrying camera, owner and GPS details, as a phone would write them."""
    from PIL import Image

    img = Image.new("RGB", (120, 80), (200, 180, 160))
    exif = Image.Exif()
    exif[0x010F] = "CanaryMake"
    exif[0x0110] = "CanaryPhone 7"
    exif[0x0132] = "2019:01:14 09:30:00"
    exif.get_ifd(0x8769)[0x9003] = "2019:01:14 09:29:58"
    exif.get_ifd(0x8769)[0xA430] = "Owner Canaryname"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (52.0, 17.0, 24.0)
    gps[3], gps[4] = "E", (76.0, 57.0, 0.0)
    for tag, value in extra.items():
        exif[int(tag.removeprefix("tag_"), 16)] = value
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, comment=b"CanaryComment")
    return out.getvalue()
