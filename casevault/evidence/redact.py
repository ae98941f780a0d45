"""Redacted working copies and metadata-free export copies, built in memory.

The caller decrypts the original into memory, calls one of these, and stores the result
back through the blob store as a new blob: a redaction never replaces the original.

What "removed" means here is strict: the redacted content is absent from every byte of the
output, not hidden under a box that a PDF viewer draws on top. PDFs are therefore
rasterised: each page becomes a picture with black boxes burnt in, which drops the text
layer, fonts, forms, annotations, attachments, scripts and document metadata along with
the redacted words.
"""

from __future__ import annotations

import ctypes
import io
import re
import struct
import unicodedata
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from PIL import Image, ImageDraw, ImageOps

BLOCK = "█"
# A fixed-width block by default: a same-length block would tell a reader how long the
# hidden name is, which narrows who it can be.
DEFAULT_BLOCK_WIDTH = 5
PDF_DPI = 150
MAX_PAGE_PIXELS = 40_000_000  # about A2 at 150 dpi
MAX_OFFICE_UNCOMPRESSED = 512 * 1024 * 1024

Box = tuple[int, int, int, int]  # left, top, right, bottom, in pixels of the upright image
PointBox = tuple[float, float, float, float]  # same, in PDF points from the page's top left


class RedactionError(ValueError):
    """The request cannot be carried out as asked; the message says what to change."""


@dataclass(frozen=True)
class Redacted:
    data: bytes
    mime: str
    extension: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RedactedPdf(Redacted):
    # Phrases found nowhere in the text layer: the pages may show them as pictures (a
    # scan), so a person must check the output and box them by hand.
    not_found: tuple[str, ...] = field(default=())
    boxes_per_page: tuple[int, ...] = field(default=())


# -- images --------------------------------------------------------------------------


def _open_image(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            img.load()
        except Image.DecompressionBombWarning as exc:
            raise RedactionError(f"image is too large to process safely: {exc}") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise RedactionError(f"not a readable image ({exc}): check the file type") from None
    return img


def _pixels_only(img: Image.Image) -> Image.Image:
    """A new image holding nothing but pixels: no EXIF, XMP, ICC, comments or text chunks."""
    upright = ImageOps.exif_transpose(img) or img
    if upright.mode not in ("RGB", "RGBA", "L"):
        has_alpha = upright.mode in ("LA", "PA") or "transparency" in upright.info
        upright = upright.convert("RGBA" if has_alpha else "RGB")
    return Image.frombytes(upright.mode, upright.size, upright.tobytes())


def _encode(img: Image.Image, source_format: str | None) -> Redacted:
    out = io.BytesIO()
    if source_format == "JPEG" and img.mode in ("RGB", "L"):
        img.save(out, "JPEG", quality=92)
        return Redacted(out.getvalue(), "image/jpeg", "jpg")
    img.save(out, "PNG")
    return Redacted(out.getvalue(), "image/png", "png")


def redact_image(data: bytes, boxes: Sequence[Box]) -> Redacted:
    """Black boxes over the given regions (coordinates as the image is displayed, i.e.
    after EXIF rotation), and no metadata of any kind in the result. JPEG stays JPEG,
    everything else becomes PNG; an animation keeps only its first frame."""
    img = _open_image(data)
    notes = []
    if getattr(img, "n_frames", 1) > 1:
        notes.append("only the first frame of the animation was kept")
    clean = _pixels_only(img)
    width, height = clean.size
    draw = ImageDraw.Draw(clean)
    fill = 0 if clean.mode == "L" else (0, 0, 0, 255) if clean.mode == "RGBA" else (0, 0, 0)
    for left, top, right, bottom in boxes:
        if not (left < right and top < bottom):
            raise RedactionError(
                f"box {(left, top, right, bottom)} is empty: give left<right, top<bottom"
            )
        box = (max(0, left), max(0, top), min(width, right), min(height, bottom))
        if box[0] >= box[2] or box[1] >= box[3]:
            raise RedactionError(
                f"box {(left, top, right, bottom)} lies outside the {width}x{height} image"
            )
        draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=fill)
    result = _encode(clean, img.format)
    return Redacted(result.data, result.mime, result.extension, tuple(notes))


# -- text ----------------------------------------------------------------------------

Style = Literal["block", "same-length", "remove"]


def find_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every occurrence of a phrase, ignoring case, with ё and е treated alike and any run
    of whitespace matching any other (names break across lines)."""
    if not phrase.strip():
        return []
    parts: list[str] = []
    for ch in phrase.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch.lower() in "её":
            parts.append("[еёЕЁ]")
        else:
            parts.append(re.escape(ch))
    pattern = re.compile("".join(parts), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _merged(spans: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not (0 <= start < end <= length):
            raise RedactionError(
                f"span {(start, end)} is not inside the text (0..{length}): recompute the offsets"
            )
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact_text(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    style: Style = "block",
    block_width: int = DEFAULT_BLOCK_WIDTH,
) -> str:
    """Replace character spans [start, end) by blocks ("█████"), by as many blocks as
    characters, or by nothing. Overlapping spans are merged."""
    pieces = []
    cursor = 0
    for start, end in _merged(spans, len(text)):
        pieces.append(text[cursor:start])
        if style == "block":
            pieces.append(BLOCK * block_width)
        elif style == "same-length":
            pieces.append(BLOCK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact_text_bytes(
    data: bytes,
    spans: Sequence[tuple[int, int]],
    *,
    encoding: str = "utf-8",
    style: Style = "block",
) -> Redacted:
    """As redact_text, for a stored text file. Offsets count characters, not bytes."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise RedactionError(
            f"the file is not valid {encoding}: give its real encoding (e.g. cp1251)"
        ) from None
    redacted = redact_text(text, spans, style=style)
    return Redacted(redacted.encode(encoding, errors="strict"), "text/plain", "txt")


# -- PDF -----------------------------------------------------------------------------


def redact_pdf(
    data: bytes,
    phrases: Sequence[str],
    *,
    boxes: Mapping[int, Sequence[PointBox]] | None = None,
    dpi: int = PDF_DPI,
) -> RedactedPdf:
    """Every page rasterised, with each occurrence of each phrase (case-insensitive) and
    each extra box (page index -> boxes in points from the top left) burnt out in black."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    from pypdf import PdfReader, PdfWriter

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise RedactionError(f"not a readable PDF ({exc}): is it password-protected?") from None
    boxes = boxes or {}
    scale = dpi / 72
    found: set[str] = set()
    counts: list[int] = []
    writer = PdfWriter()
    try:
        for index in range(len(document)):
            page = document[index]
            # A poster-sized page at full resolution would need gigabytes: cap its pixels.
            page_w, page_h = page.get_size()
            page_scale = min(scale, (MAX_PAGE_PIXELS / max(1.0, page_w * page_h)) ** 0.5)
            bitmap = page.render(scale=page_scale, may_draw_forms=True)
            image = bitmap.to_pil().convert("RGB")
            width, height = image.size
            textpage = page.get_textpage()
            text, owner = _page_text(pdfium_c, textpage)
            rects: list[tuple[float, ...]] = []
            for phrase in phrases:
                for start, end in find_spans(text, unicodedata.normalize("NFKC", phrase)):
                    found.add(phrase)
                    chars = sorted({owner[i] for i in range(start, end) if not text[i].isspace()})
                    rects.extend(
                        _line_boxes(
                            [_device_box(pdfium_c, page, width, height, textpage, c) for c in chars]
                        )
                    )
            draw = ImageDraw.Draw(image)
            pad = max(2, round(page_scale))
            for left, top, right, bottom in rects:
                draw.rectangle((left - pad, top - pad, right + pad, bottom + pad), fill=(0, 0, 0))
            for left, top, right, bottom in boxes.get(index, ()):
                draw.rectangle(
                    (left * page_scale, top * page_scale, right * page_scale, bottom * page_scale),
                    fill=(0, 0, 0),
                )
            counts.append(len(rects) + len(boxes.get(index, ())))
            # One page at a time: memory holds one bitmap, not the whole document.
            page_pdf = io.BytesIO()
            image.save(page_pdf, "PDF", resolution=dpi, quality=85)
            writer.append(PdfReader(io.BytesIO(page_pdf.getvalue())))
            textpage.close()
            page.close()
    finally:
        document.close()
    writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    not_found = tuple(p for p in phrases if p not in found)
    notes = ["pages were rasterised: the copy has no text layer"]
    return RedactedPdf(
        out.getvalue(),
        "application/pdf",
        "pdf",
        tuple(notes),
        not_found=not_found,
        boxes_per_page=tuple(counts),
    )


def _line_boxes(chars: list[tuple[float, float, float, float]]) -> list[tuple[float, ...]]:
    """One box per line of a match, so gaps between words do not show through."""
    lines: list[list[float]] = []
    for left, top, right, bottom in chars:
        line = lines[-1] if lines else None
        if line is not None and top < line[3] and bottom > line[1]:
            line[0], line[1] = min(line[0], left), min(line[1], top)
            line[2], line[3] = max(line[2], right), max(line[3], bottom)
        else:
            lines.append([left, top, right, bottom])
    return [tuple(line) for line in lines]


def _page_text(pdfium_c: Any, textpage: Any) -> tuple[str, list[int]]:
    """The page's text, NFKC-normalised (ligatures such as "ﬁ" become "fi"), and for each
    character of it the PDFium char index it came from, whose box we can ask for.
    (get_text_range may merge or drop characters, which would shift every box.)"""
    pieces: list[str] = []
    owner: list[int] = []
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index) or 0xFFFD)
        normal = unicodedata.normalize("NFKC", char)
        pieces.append(normal)
        owner.extend([index] * len(normal))
    return "".join(pieces), owner


def _device_box(
    pdfium_c: Any, page: Any, width: int, height: int, textpage: Any, char: int
) -> tuple[float, float, float, float]:
    # PDFium maps page space to bitmap pixels itself, honouring /Rotate and the crop box.
    left, bottom, right, top = textpage.get_charbox(char, loose=True)
    xs, ys = [], []
    for px, py in ((left, bottom), (right, top)):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(
            page.raw,
            0,
            0,
            width,
            height,
            0,
            px,
            py,
            ctypes.byref(dx),
            ctypes.byref(dy),
        )
        xs.append(dx.value)
        ys.append(dy.value)
    return (min(xs), min(ys), max(xs), max(ys))


# -- metadata stripping for export copies ----------------------------------------------

_JPEG_KEEP_APP = {0xE0, 0xEE}  # JFIF, and Adobe (it says how to read CMYK colours)
_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT"}
_PNG_KEEP |= {b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT"}


def strip_metadata(data: bytes, kind: str) -> bytes:
    """A copy without the metadata that identifies people, devices and places.

    JPEG and PNG are filtered losslessly (the picture's bytes are untouched); other images
    are re-encoded; PDFs lose their info dictionary and XMP; office files lose their core,
    app and custom properties. `kind` is a sniff kind ("jpeg", "pdf", "docx", …).
    """
    if kind == "jpeg":
        return _strip_jpeg(data)
    if kind == "png":
        return _strip_png(data)
    if kind in ("gif", "webp", "tiff", "bmp"):
        return _encode(_pixels_only(_open_image(data)), None).data
    if kind == "pdf":
        return _strip_pdf(data)
    if kind in ("docx", "xlsx", "pptx"):
        return _strip_office(data)
    if kind in ("text", "html"):
        return data
    raise RedactionError(
        f"cannot strip metadata from {kind} files: export the original or convert it first"
    )


def _orientation_only_exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    payload = b"Exif\x00\x00" + exif.tobytes()
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise RedactionError("not a JPEG file: check the file type")
    orientation = 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            orientation = int(Image.open(io.BytesIO(data)).getexif().get(0x0112, 1))
        except Exception:  # a broken EXIF block is dropped anyway
            orientation = 1
    out = bytearray(b"\xff\xd8")
    if orientation != 1:  # keep the picture upright without keeping anything else
        out += _orientation_only_exif(orientation)
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise RedactionError("damaged JPEG marker structure: cannot strip it safely")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is picture data
            out += data[pos:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        is_app = 0xE0 <= marker <= 0xEF
        if (not is_app or marker in _JPEG_KEEP_APP) and marker != 0xFE:  # 0xFE: comment
            out += segment
        pos += 2 + length
    raise RedactionError("JPEG ends before its picture data: the file is truncated")


def _strip_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise RedactionError("not a PNG file: check the file type")
    out = bytearray(signature)
    pos = len(signature)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunk_type = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise RedactionError("PNG is truncated: cannot strip it safely")
        if chunk_type in _PNG_KEEP:
            out += data[pos:end]
        pos = end
        if chunk_type == b"IEND":
            break
    return bytes(out)


def _strip_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise RedactionError("the PDF is password-protected: remove the password first")
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    root = writer._root_object
    for key in ("/Metadata", "/PieceInfo"):
        if NameObject(key) in root:
            del root[NameObject(key)]
    for page in writer.pages:
        for key in ("/Metadata", "/PieceInfo"):
            if NameObject(key) in page:
                del page[NameObject(key)]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
)
_EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"/>'
)
_EMPTY_CUSTOM = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'custom-properties"/>'
)
_OFFICE_REPLACEMENTS = {
    "docProps/core.xml": _EMPTY_CORE,
    "docProps/app.xml": _EMPTY_APP,
    "docProps/custom.xml": _EMPTY_CUSTOM,
}


def _strip_office(data: bytes) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise RedactionError("not a readable office document (bad ZIP)") from None
    with source:
        members = source.infolist()
        if sum(m.file_size for m in members) > MAX_OFFICE_UNCOMPRESSED:
            raise RedactionError("document expands to more than 512 MiB: refusing it")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for member in members:
                content = _OFFICE_REPLACEMENTS.get(member.filename)
                if content is None:
                    content = source.read(member)
                # A fixed timestamp: the ZIP dates would otherwise tell when it was edited.
                info = zipfile.ZipInfo(member.filename, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, content)
    return out.getvalue()
