"""What a file really is, from its first bytes, whatever its name claims.

Our own table covers the formats monitors actually send (phone photos and videos, voice
notes, scanned PDFs, office documents, web captures); puremagic is the fallback for the
long tail. A name that disagrees with the content is worth a reviewer's look: a ".jpg"
that is really a program, or a ".pdf" that is an HTML phishing page.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath

import puremagic

# Enough to see ZIP member names of office files and a page of text.
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Sniffed:
    mime: str
    kind: str  # short stable code: "jpeg", "docx", "text", … or "unknown"
    extensions: tuple[str, ...]  # lower case, without the dot; the first is canonical

    @property
    def is_known(self) -> bool:
        return self.kind != "unknown"


def _t(mime: str, kind: str, *extensions: str) -> Sniffed:
    return Sniffed(mime, kind, extensions)


UNKNOWN = _t("application/octet-stream", "unknown")
JPEG = _t("image/jpeg", "jpeg", "jpg", "jpeg", "jpe", "jfif")
PNG = _t("image/png", "png", "png")
GIF = _t("image/gif", "gif", "gif")
WEBP = _t("image/webp", "webp", "webp")
TIFF = _t("image/tiff", "tiff", "tif", "tiff", "dng")
BMP = _t("image/bmp", "bmp", "bmp")
HEIC = _t("image/heic", "heic", "heic", "heif")
AVIF = _t("image/avif", "avif", "avif")
SVG = _t("image/svg+xml", "svg", "svg")
PDF = _t("application/pdf", "pdf", "pdf")
DOCX = _t("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "docx")
XLSX = _t("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xlsx")
PPTX = _t(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "pptx"
)
ODT = _t("application/vnd.oasis.opendocument.text", "odt", "odt")
ODS = _t("application/vnd.oasis.opendocument.spreadsheet", "ods", "ods")
EPUB = _t("application/epub+zip", "epub", "epub")
ZIP = _t("application/zip", "zip", "zip")
OLE = _t("application/x-ole-storage", "ole", "doc", "xls", "ppt", "msg")
RTF = _t("application/rtf", "rtf", "rtf")
GZIP = _t("application/gzip", "gzip", "gz", "tgz")
SEVEN_ZIP = _t("application/x-7z-compressed", "7z", "7z")
RAR = _t("application/vnd.rar", "rar", "rar")
MP4 = _t("video/mp4", "mp4", "mp4", "m4v")
MOV = _t("video/quicktime", "mov", "mov", "qt")
THREE_GP = _t("video/3gpp", "3gp", "3gp", "3g2")
M4A = _t("audio/mp4", "m4a", "m4a", "aac")
WEBM = _t("video/webm", "webm", "webm")
MKV = _t("video/x-matroska", "mkv", "mkv", "mka")
AVI = _t("video/x-msvideo", "avi", "avi")
MP3 = _t("audio/mpeg", "mp3", "mp3")
WAV = _t("audio/wav", "wav", "wav")
OGG = _t("audio/ogg", "ogg", "ogg", "oga", "opus", "ogv")
FLAC = _t("audio/flac", "flac", "flac")
AMR = _t("audio/amr", "amr", "amr")
EXE = _t("application/vnd.microsoft.portable-executable", "exe", "exe", "dll", "scr", "com")
ELF = _t("application/x-executable", "elf", "elf", "so", "bin")
HTML = _t("text/html", "html", "html", "htm", "xhtml", "mhtml")
XML = _t("application/xml", "xml", "xml")
TEXT = _t(
    "text/plain",
    "text",
    "txt",
    "text",
    "csv",
    "tsv",
    "md",
    "log",
    "json",
    "srt",
    "vtt",
    "eml",
    "ini",
    "yaml",
    "yml",
)

ALL_TYPES = [v for v in list(globals().values()) if isinstance(v, Sniffed) and v is not UNKNOWN]
KNOWN_EXTENSIONS = frozenset(ext for t in ALL_TYPES for ext in t.extensions)

_FTYP_BRANDS = {
    b"qt  ": MOV,
    b"M4A ": M4A,
    b"M4B ": M4A,
    b"heic": HEIC,
    b"heix": HEIC,
    b"hevc": HEIC,
    b"heim": HEIC,
    b"mif1": HEIC,
    b"msf1": HEIC,
    b"avif": AVIF,
    b"avis": AVIF,
}

_ZIP_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
    b"application/epub+zip": EPUB,
}

# Control characters that never occur in text files (tab, newlines, form feed and ESC do).
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x1B))
_BINARY_BYTES = _BINARY_BYTES | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}


def sniff(head: bytes) -> Sniffed:
    """The type of a file from its first bytes (pass SNIFF_BYTES or the whole file)."""
    if not head:
        return UNKNOWN
    found = _by_signature(head)
    if found is not None:
        return found
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(head)
    text = _text_kind(head)
    if text is not None:
        return text
    return _puremagic_kind(head)


def sniff_file(path: Path) -> Sniffed:
    with Path(path).open("rb") as fh:
        return sniff(fh.read(SNIFF_BYTES))


def extension_mismatch(name: str, sniffed: Sniffed) -> bool:
    """True when the name's extension claims a type the content is not.

    Extensions we do not know say nothing, so they never count as a mismatch; a known
    extension on content we cannot identify does (".pdf" that is not a PDF).
    """
    suffix = PurePath(name).suffix.lower().lstrip(".")
    if not suffix or suffix not in KNOWN_EXTENSIONS:
        return False
    return suffix not in sniffed.extensions


def _by_signature(head: bytes) -> Sniffed | None:
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": AVI}.get(head[8:12])
    if b"%PDF-" in head[:1024]:  # the spec allows junk before the header
        return PDF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith(b"3g"):
            return THREE_GP
        return _FTYP_BRANDS.get(brand, MP4)
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return MOV
    if head.startswith(b"\x1aE\xdf\xa3"):
        return WEBM if b"webm" in head[:64] else MKV
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE6 == 0xE2):
        return MP3
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"fLaC"):
        return FLAC
    if head.startswith(b"#!AMR"):
        return AMR
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"\x1f\x8b"):
        return GZIP
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return SEVEN_ZIP
    if head.startswith(b"Rar!\x1a\x07"):
        return RAR
    if head.startswith(b"MZ"):
        return EXE
    if head.startswith(b"\x7fELF"):
        return ELF
    if head.startswith(b"BM") and len(head) >= 26 and head[6:10] == b"\x00\x00\x00\x00":
        return BMP
    return None


def _zip_kind(head: bytes) -> Sniffed:
    # ODF and EPUB put an uncompressed "mimetype" member first, by specification.
    if head[30:38] == b"mimetype":
        for mimetype, kind in _ZIP_MIMETYPES.items():
            if head[38:].startswith(mimetype):
                return kind
    try:  # the whole file was given: read the real member list
        with zipfile.ZipFile(io.BytesIO(head)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        names = []

    def present(prefix: str) -> bool:
        if names:
            return any(name.startswith(prefix) for name in names)
        # Only the head: member names appear in clear in the local file headers.
        return prefix.encode() in head

    if present("[Content_Types].xml"):
        for prefix, kind in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
            if present(prefix):
                return kind
    return ZIP


def _decodes_as_text(head: bytes) -> str | None:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    if any(b in _BINARY_BYTES for b in head[:SNIFF_BYTES]):
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut in half at the end of the head
            return head[: exc.start].decode("utf-8")
    # Not UTF-8 but free of control bytes: a legacy 8-bit encoding such as cp1251,
    # still common for Russian documents.
    return head.decode("latin-1")


def _text_kind(head: bytes) -> Sniffed | None:
    text = _decodes_as_text(head)
    if text is None:
        return None
    start = text.lstrip()[:1024].lower()
    if start.startswith(("<!doctype html", "<html")) or (
        start.startswith("<") and any(tag in start for tag in ("<head", "<body", "<html"))
    ):
        return HTML
    if start.startswith("<?xml") or start.startswith("<svg"):
        return SVG if "<svg" in start else XML
    return TEXT


def _puremagic_kind(head: bytes) -> Sniffed:
    try:
        mime = puremagic.from_string(head, mime=True)
        extension = puremagic.from_string(head).lower().lstrip(".")
    except (puremagic.PureError, ValueError):
        return UNKNOWN
    for known in ALL_TYPES:
        if known.mime == mime:
            return known
    if not mime:
        return UNKNOWN
    return Sniffed(mime, extension or "other", (extension,) if extension else ())
