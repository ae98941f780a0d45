"""Capture metadata read at ingest: camera, GPS and times of photos; PDF and DOCX properties.

Evidence files come from anywhere, including people who craft them to crash tools, so
read_metadata never raises: a file it cannot read gives {"type": …, "error": "…"}. It
reads from the user's own file (already on their disk) or from an in-memory stream, never
from a plaintext copy of a stored blob.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

from casevault.evidence.sniff import SNIFF_BYTES, Sniffed, sniff

# Formats whose readers need random access get at most this much in memory when the
# caller hands us a non-seekable stream.
MAX_IN_MEMORY = 256 * 1024 * 1024
# Office files are ZIPs: refuse to let python-docx inflate a zip bomb.
MAX_OFFICE_UNCOMPRESSED = 512 * 1024 * 1024

_IMAGE_KINDS = {"jpeg", "png", "gif", "webp", "tiff", "bmp"}

_BASE_TAGS = {
    0x010E: "description",
    0x010F: "camera_make",
    0x0110: "camera_model",
    0x0112: "orientation",
    0x0131: "software",
    0x0132: "modified",
    0x013B: "artist",
    0x8298: "copyright",
}
_EXIF_TAGS = {
    0x9003: "taken",
    0x9004: "digitized",
    0x9010: "offset_time",
    0x9011: "offset_time_taken",
    0xA430: "camera_owner",
    0xA431: "camera_serial",
    0xA434: "lens_model",
    0xA420: "image_unique_id",
}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825


def read_metadata(
    source: Path | BinaryIO | bytes, *, sniffed: Sniffed | None = None
) -> dict[str, Any]:
    """A JSON-ready dict of what the file says about itself; never raises."""
    kind = sniffed.kind if sniffed is not None else "unknown"
    try:
        with _random_access(source) as stream:
            if sniffed is None:
                sniffed = sniff(stream.read(SNIFF_BYTES))
                stream.seek(0)
            kind = sniffed.kind
            result: dict[str, Any] = {"type": kind, "mime": sniffed.mime}
            if kind in _IMAGE_KINDS:
                result.update(_image_metadata(stream))
            elif kind == "pdf":
                result.update(_pdf_metadata(stream))
            elif kind == "docx":
                result.update(_docx_metadata(stream))
            return _jsonable(result)
    except Exception as exc:  # hostile input must never crash ingest
        return {"type": kind, "error": f"could not read metadata: {type(exc).__name__}: {exc}"}


@contextmanager
def _random_access(source: Path | BinaryIO | bytes) -> Iterator[BinaryIO]:
    if isinstance(source, bytes | bytearray | memoryview):
        yield io.BytesIO(bytes(source))
    elif isinstance(source, str | Path):
        with Path(source).open("rb") as fh:
            yield fh
    elif source.seekable():
        start = source.tell()
        try:
            yield source
        finally:
            source.seek(start)
    else:
        data = source.read(MAX_IN_MEMORY + 1)
        if len(data) > MAX_IN_MEMORY:
            raise ValueError("stream too large to inspect in memory")
        yield io.BytesIO(data)


def _image_metadata(stream: BinaryIO) -> dict[str, Any]:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DecompressionBombWarning, truncated EXIF…
        with Image.open(stream) as img:
            out: dict[str, Any] = {"format": img.format, "width": img.width, "height": img.height}
            exif = img.getexif()
            for tag, key in _BASE_TAGS.items():
                if tag in exif:
                    out[key] = exif[tag]
            for tag, key in _EXIF_TAGS.items():
                value = exif.get_ifd(_EXIF_IFD).get(tag)
                if value is not None:
                    out[key] = value
            gps = _gps(exif.get_ifd(_GPS_IFD))
            if gps:
                out["gps"] = gps
            texts = {k: v for k, v in img.info.items() if isinstance(v, str)}
            if isinstance(img.info.get("comment"), bytes):  # JPEG COM segment
                texts["comment"] = img.info["comment"]
            if texts:
                out["text"] = texts
            frames = getattr(img, "n_frames", 1)
            if frames > 1:
                out["frames"] = frames
    return out


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(Fraction(str(v)) if not isinstance(v, float) else v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    return round(-result if str(ref).upper() in ("S", "W") else result, 7)


def _gps(ifd: Any) -> dict[str, Any]:
    if not ifd:
        return {}
    out: dict[str, Any] = {}
    lat = _degrees(ifd.get(2), ifd.get(1)) if ifd.get(2) else None
    lon = _degrees(ifd.get(4), ifd.get(3)) if ifd.get(4) else None
    if lat is not None and lon is not None:
        out["latitude"], out["longitude"] = lat, lon
    if ifd.get(6) is not None:
        altitude = float(ifd[6])
        out["altitude_m"] = -altitude if ifd.get(5) in (1, b"\x01") else altitude
    if ifd.get(29):
        out["date"] = ifd[29]
    if ifd.get(7):
        out["time_utc"] = ":".join(f"{float(part):02.0f}" for part in ifd[7])
    return out


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_metadata(stream: BinaryIO) -> dict[str, Any]:
    from pypdf import PdfReader

    with _quiet_pypdf(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(stream, strict=False)
        out: dict[str, Any] = {"encrypted": reader.is_encrypted}
        if reader.is_encrypted and not reader.decrypt(""):
            out["note"] = "encrypted with a password: properties are unreadable"
            return out
        out["pages"] = len(reader.pages)
        out["pdf_version"] = reader.pdf_header.removeprefix("%PDF-")
        info: Any = reader.metadata or {}
        for key, name in (
            ("/Title", "title"),
            ("/Author", "author"),
            ("/Subject", "subject"),
            ("/Keywords", "keywords"),
            ("/Creator", "creator"),
            ("/Producer", "producer"),
            ("/CreationDate", "created"),
            ("/ModDate", "modified"),
        ):
            value = info.get(key)
            if value is not None:
                out[name] = str(value)
        root: Any = reader.trailer["/Root"]
        out["has_xmp"] = "/Metadata" in root
    return out


def _docx_metadata(stream: BinaryIO) -> dict[str, Any]:
    import docx

    data = stream.read(MAX_IN_MEMORY + 1)
    if len(data) > MAX_IN_MEMORY:
        raise ValueError("document too large to inspect in memory")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_OFFICE_UNCOMPRESSED:
            raise ValueError("document expands to more than 512 MiB: refusing a likely zip bomb")
        app = _app_properties(archive)
    props = docx.Document(io.BytesIO(data)).core_properties
    out: dict[str, Any] = {}
    for name in (
        "author",
        "last_modified_by",
        "created",
        "modified",
        "last_printed",
        "title",
        "subject",
        "keywords",
        "comments",
        "category",
        "revision",
        "language",
        "identifier",
        "version",
        "content_status",
    ):
        value = getattr(props, name, None)
        if value not in (None, ""):
            out[name] = value
    out.update(app)
    return out


def _app_properties(archive: zipfile.ZipFile) -> dict[str, Any]:
    # docProps/app.xml holds the organisation ("Company") and template: telling details.
    try:
        info = archive.getinfo("docProps/app.xml")
    except KeyError:
        return {}
    if info.file_size > 1024 * 1024:
        return {}
    root = ElementTree.fromstring(archive.read(info))  # noqa: S314 - size-capped, expat >= 2.4 limits entity expansion
    out: dict[str, Any] = {}
    for element in root:
        local = element.tag.rsplit("}", 1)[-1]
        if local in ("Company", "Manager", "Application", "AppVersion", "Template", "TotalTime"):
            if element.text:
                out[local.lower()] = element.text
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").rstrip("\x00")
    if isinstance(value, str):
        return value.rstrip("\x00")
    if value is None or isinstance(value, bool | int | float):
        return value
    try:
        return float(value)  # Pillow's IFDRational
    except (TypeError, ValueError):
        return str(value)
