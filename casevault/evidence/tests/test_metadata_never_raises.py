from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.evidence.metadata import read_metadata

from .support import (
    jpeg_with_exif,
    report_pdf_fixture,  # noqa: F401 - fixtures
)

pytestmark = pytest.mark.pure


def test_a_truncated_photo_gives_an_error_not_an_exception() -> None:
    meta = read_metadata(jpeg_with_exif()[:40])
    assert meta["type"] == "jpeg"
    assert "error" in meta


def test_a_corrupt_pdf_gives_an_error_not_an_exception(report_pdf: bytes) -> None:
    assert "error" in read_metadata(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    broken = bytearray(report_pdf)
    broken[100:400] = b"\x00" * 300
    read_metadata(bytes(broken))  # returns something, whatever it is


def test_a_corrupt_docx_gives_an_error_not_an_exception() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("word/document.xml", "<x/>")
    meta = read_metadata(out.getvalue())
    assert meta["type"] == "docx"
    assert "error" in meta


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from([b"\xff\xd8\xff", b"%PDF-1.4\n", b"PK\x03\x04"]))
def test_random_bytes_after_a_real_signature_never_raise(tail: bytes, head: bytes) -> None:
    assert isinstance(read_metadata(head + tail), dict)
