from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casevault.evidence.metadata import read_metadata

from .support import (
    jpeg_with_exif,
    report_pdf_fixture,  # noqa: F401 - fixtures
)

pytestmark = pytest.mark.pure


def test_it_reads_camera_times_and_gps_from_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.jpg"
    path.write_bytes(jpeg_with_exif())
    meta = read_metadata(path)
    assert meta["type"] == "jpeg"
    assert meta["camera_make"] == "CanaryMake"
    assert meta["camera_model"] == "CanaryPhone 7"
    assert meta["taken"] == "2019:01:14 09:29:58"
    assert meta["camera_owner"] == "Owner Canaryname"
    assert meta["text"]["comment"] == "CanaryComment"
    assert meta["gps"]["latitude"] == pytest.approx(52.29, abs=0.001)
    assert meta["gps"]["longitude"] == pytest.approx(76.95, abs=0.001)
    json.dumps(meta)  # stored as JSON by the caller


def test_it_reads_pdf_properties_from_a_stream(report_pdf: bytes) -> None:
    stream = io.BytesIO(report_pdf)
    meta = read_metadata(stream)
    assert meta["title"] == "Case of Aidar Seitkali"
    assert meta["author"] == "Monitor Ivanova"
    assert meta["pages"] == 2
    assert stream.tell() == 0


def test_it_reads_docx_core_properties() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Statement")
    document.core_properties.author = "Lawyer Akhmetova"
    document.core_properties.title = "Complaint to the prosecutor"
    out = io.BytesIO()
    document.save(out)
    meta = read_metadata(out.getvalue())
    assert meta["type"] == "docx"
    assert meta["author"] == "Lawyer Akhmetova"
    assert meta["title"] == "Complaint to the prosecutor"
    json.dumps(meta)


def test_a_type_without_a_reader_gives_just_its_type() -> None:
    assert read_metadata(b"just words\n") == {"type": "text", "mime": "text/plain"}
