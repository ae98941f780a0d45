from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from casevault.evidence.redact import find_spans, redact_pdf

from .support import report_pdf_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure

SECRETS = ["Aidar", "Seitkali", "AIDAR", "Семёнова", "Ivanova"]


def all_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def inflated_streams(pdf: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return out


def test_the_input_really_contains_the_names(report_pdf: bytes) -> None:
    text = all_text(report_pdf)
    assert "Aidar Seitkali" in text and "Семёнова" in text


def test_redacted_names_are_in_no_byte_and_no_extraction(report_pdf: bytes) -> None:
    result = redact_pdf(report_pdf, ["Aidar Seitkali", "Семенова"])
    assert result.not_found == ()
    assert result.boxes_per_page[0] >= 2 and result.boxes_per_page[1] >= 1
    pdfium_text = "".join(
        page.get_textpage().get_text_range() for page in pdfium.PdfDocument(result.data)
    )
    haystacks = [
        result.data,
        *inflated_streams(result.data),
        all_text(result.data).encode(),
        pdfium_text.encode(),
    ]
    for secret in SECRETS:
        for encoded in (secret.encode(), secret.encode("utf-16-be"), secret.lower().encode()):
            assert not any(encoded in h for h in haystacks), secret


def test_pdftotext_finds_no_redacted_name(report_pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; pypdf and PDFium were checked")
    result = redact_pdf(report_pdf, ["Aidar Seitkali", "Семенова"])
    (tmp_path / "out.pdf").write_bytes(result.data)
    text = subprocess.run(["pdftotext", str(tmp_path / "out.pdf"), "-"], capture_output=True)
    assert not any(s.encode() in text.stdout for s in SECRETS)


def test_the_boxes_cover_where_the_names_were(report_pdf: bytes) -> None:
    result = redact_pdf(report_pdf, ["Aidar Seitkali"])
    original = pdfium.PdfDocument(report_pdf)[0]
    textpage = original.get_textpage()
    text = textpage.get_text_range()
    (start, end), *_ = find_spans(text, "Aidar Seitkali")
    left, bottom, right, top = textpage.get_charbox(start + 2)
    height = original.get_height()
    scale = 2
    page = pdfium.PdfDocument(result.data)[0].render(scale=scale).to_pil().convert("L")
    centre = ((left + right) / 2 * scale, (height - (top + bottom) / 2) * scale)
    assert page.getpixel(centre) < 40
    # The rest of the line is still readable: "On 8 October the prisoner" left of the box.
    darkest, _ = page.crop((0, 0, int((left - 8) * scale), page.height)).getextrema()
    assert darkest < 100


def test_a_phrase_not_in_the_text_layer_is_reported(report_pdf: bytes) -> None:
    result = redact_pdf(report_pdf, ["Nurlan"])
    assert result.not_found == ("Nurlan",)


def test_document_metadata_is_gone(report_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(redact_pdf(report_pdf, []).data))
    info = dict(reader.metadata or {})
    assert "/Title" not in info and "/Author" not in info
