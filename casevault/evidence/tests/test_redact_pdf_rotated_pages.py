from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader, PdfWriter

from casevault.evidence.redact import redact_pdf

from .support import report_pdf_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure


def rotated(pdf: bytes, degrees: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        page.rotate(degrees)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def first_page(pdf: bytes) -> Image.Image:
    return pdfium.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("L")


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_boxes_land_on_the_name_on_a_rotated_page(report_pdf: bytes, degrees: int) -> None:
    upright = first_page(redact_pdf(report_pdf, ["Aidar Seitkali"]).data)
    turned = first_page(redact_pdf(rotated(report_pdf, degrees), ["Aidar Seitkali"]).data)
    # /Rotate turns the page clockwise; turning the picture back must give the same page.
    back = turned.rotate(degrees, expand=True)
    assert back.size == upright.size
    # Pixels that differ strongly: a misplaced box would leave about 1,200 of them.
    strongly_different = ImageChops.difference(back, upright).point(lambda v: 255 if v > 128 else 0)
    assert strongly_different.histogram()[255] < 0.001 * upright.width * upright.height
