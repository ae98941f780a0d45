from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.evidence import sniff as s

from .support import jpeg_with_exif

pytestmark = pytest.mark.pure


def office_zip(folder: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr(f"{folder}/document.xml", "<x/>")
    return out.getvalue()


def png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (jpeg_with_exif(), "jpeg"),
        (png(), "png"),
        (b"GIF89a" + b"\0" * 20, "gif"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "webp"),
        (b"RIFF\0\0\0\0WAVEfmt ", "wav"),
        (b"%PDF-1.7\n%\xe2\xe3", "pdf"),
        (office_zip("word"), "docx"),
        (office_zip("xl"), "xlsx"),
        (office_zip("ppt"), "pptx"),
        (b"PK\x03\x04" + b"\0" * 26 + b"notes.txt", "zip"),
        (b"\0\0\0\x20ftypisom\0\0\x02\0", "mp4"),
        (b"\0\0\0\x14ftypqt  \0\0\0\0", "mov"),
        (b"\0\0\0\x18ftypheic\0\0\0\0", "heic"),
        (b"ID3\x04\0\0\0\0\0\0", "mp3"),
        (b"\xff\xfb\x90\x64" + b"\0" * 20, "mp3"),
        (b"OggS\0\x02", "ogg"),
        (b"MZ\x90\0\x03\0", "exe"),
        ("Показания свидетеля, 14 января 2019 года.\n".encode(), "text"),
        ("Показания свидетеля".encode("cp1251"), "text"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"\xef\xbb\xbf  <html lang=ru><head>", "html"),
    ],
)
def test_it_recognises_common_evidence_formats(data: bytes, kind: str) -> None:
    assert s.sniff(data).kind == kind


def test_a_docx_is_recognised_from_its_head_alone() -> None:
    assert s.sniff(office_zip("word")[:200]).kind == "docx"


def test_empty_and_random_binary_is_unknown() -> None:
    assert s.sniff(b"") is s.UNKNOWN
    assert s.sniff(bytes(range(256)) * 4).mime != "text/plain"


@given(st.binary(max_size=4096))
def test_sniffing_never_raises(data: bytes) -> None:
    result = s.sniff(data)
    assert result.mime
