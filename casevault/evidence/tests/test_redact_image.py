from __future__ import annotations

import io

import pytest
from PIL import Image

from casevault.evidence.metadata import read_metadata
from casevault.evidence.redact import RedactionError, redact_image

from .support import jpeg_with_exif

pytestmark = pytest.mark.pure


def test_the_boxed_region_is_black_and_the_rest_untouched() -> None:
    img = Image.new("RGB", (100, 60), (255, 255, 255))
    for x in range(20, 40):
        for y in range(10, 30):
            img.putpixel((x, y), (x * 5 % 256, y * 7 % 256, 99))  # a "face"
    source = io.BytesIO()
    img.save(source, "PNG")
    result = redact_image(source.getvalue(), [(18, 8, 42, 32)])
    out = Image.open(io.BytesIO(result.data)).convert("RGB")
    assert result.mime == "image/png"
    region = out.crop((18, 8, 42, 32))
    assert region.getextrema() == ((0, 0), (0, 0), (0, 0))
    assert out.getpixel((80, 50)) == (255, 255, 255)


def test_all_metadata_is_gone_from_a_redacted_photo() -> None:
    result = redact_image(jpeg_with_exif(), [(0, 0, 10, 10)])
    assert result.mime == "image/jpeg"
    for canary in (b"Canary", b"Exif", b"2019:01:14"):
        assert canary not in result.data
    meta = read_metadata(result.data)
    assert "gps" not in meta and "camera_make" not in meta


def test_regions_follow_the_displayed_orientation() -> None:
    # Orientation 6: stored landscape 120x80, displayed portrait 80x120.
    result = redact_image(jpeg_with_exif(tag_0112=6), [(0, 100, 80, 120)])
    out = Image.open(io.BytesIO(result.data))
    assert out.size == (80, 120)
    _, brightest = out.convert("L").crop((2, 102, 78, 118)).getextrema()
    assert isinstance(brightest, int) and brightest < 16


def test_a_box_outside_the_picture_is_refused() -> None:
    with pytest.raises(RedactionError, match="outside"):
        redact_image(jpeg_with_exif(), [(500, 500, 600, 600)])
