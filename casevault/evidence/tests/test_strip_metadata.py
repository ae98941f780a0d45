from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from casevault.evidence.metadata import read_metadata
from casevault.evidence.redact import RedactionError, strip_metadata

from .support import (
    jpeg_with_exif,
    report_pdf_fixture,  # noqa: F401 - fixtures
)

pytestmark = pytest.mark.pure


def test_a_jpeg_loses_exif_and_comments_but_keeps_its_picture_bytes() -> None:
    original = jpeg_with_exif()
    stripped = strip_metadata(original, "jpeg")
    assert b"Canary" not in stripped and b"2019:01:14" not in stripped
    scan = original.index(b"\xff\xda")
    assert stripped.endswith(original[scan:])
    assert Image.open(io.BytesIO(stripped)).size == (120, 80)


def test_a_rotated_jpeg_keeps_only_its_orientation() -> None:
    stripped = strip_metadata(jpeg_with_exif(tag_0112=6), "jpeg")
    exif = Image.open(io.BytesIO(stripped)).getexif()
    assert dict(exif) == {0x0112: 6}


def test_a_png_loses_its_text_chunks() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "CanaryAuthor")
    out = io.BytesIO()
    Image.new("RGB", (5, 5), (1, 2, 3)).save(out, "PNG", pnginfo=info)
    stripped = strip_metadata(out.getvalue(), "png")
    assert b"CanaryAuthor" not in stripped
    assert Image.open(io.BytesIO(stripped)).getpixel((2, 2)) == (1, 2, 3)


def test_a_pdf_loses_its_info_dictionary(report_pdf: bytes) -> None:
    stripped = strip_metadata(report_pdf, "pdf")
    meta = read_metadata(stripped)
    assert "author" not in meta and "title" not in meta
    assert meta["pages"] == 2


def test_a_docx_loses_author_and_company() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Complaint text stays")
    document.core_properties.author = "CanaryLawyer"
    out = io.BytesIO()
    document.save(out)
    stripped = strip_metadata(out.getvalue(), "docx")
    with zipfile.ZipFile(io.BytesIO(stripped)) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert b"CanaryLawyer" not in everything
    assert "Complaint text stays" in docx.Document(io.BytesIO(stripped)).paragraphs[0].text


def test_an_unsupported_kind_is_refused_with_advice() -> None:
    with pytest.raises(RedactionError, match="export the original"):
        strip_metadata(b"\0\0\0\x20ftypisom", "mp4")
