"""Read a document file (text, Markdown, HTML, PDF, DOCX) into normalised plain text.

Every offset the pipeline reports is an offset into the string that ``normalise_text``
returns, so the readers hand back only normalised text.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

__all__ = [
    "ReadError",
    "ReadDocument",
    "decode_bytes",
    "normalise_text",
    "read_bytes",
    "read_file",
]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class ReadError(Exception):
    """A file that cannot be read; the message is one line meant for the user."""


@dataclass(frozen=True)
class ReadDocument:
    text: str
    title: str | None
    format: str


_SPACES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\t": " ",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, plain spaces, no soft hyphens, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    text = re.sub(r"[ ]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    return text.strip()


# --- encodings -------------------------------------------------------------------------

_LEGACY_CYRILLIC = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")


def _cyrillic_score(text: str) -> float:
    """How much a decoding looks like ordinary Cyrillic prose.

    Russian prose is mostly lower case; decoding KOI8-R bytes as cp1251 (or the reverse)
    swaps the cases, and cp866 misread shows box-drawing characters.
    """
    lower = sum(1 for ch in text if "а" <= ch <= "я" or ch == "ё")
    upper = sum(1 for ch in text if "А" <= ch <= "Я" or ch == "Ё")
    odd = sum(1 for ch in text if ord(ch) >= 0x80 and not ("А" <= ch <= "я" or ch in _USUAL))
    return lower - 2 * upper - 5 * odd


# Non-ASCII characters that ordinary Russian text has besides its letters.
_USUAL = set("ёЁ«»—–…№„“”’‘\u00a0")


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8/UTF-16 (with or without BOM) or a legacy Cyrillic code page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data if b >= 0x80)
    if high:
        candidates = []
        for encoding in _LEGACY_CYRILLIC:
            try:
                decoded = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((_cyrillic_score(decoded), decoded))
        if candidates:
            best_score, best = max(candidates, key=lambda item: item[0])
            if best_score > high * 0.3:
                return best
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise ReadError("cannot tell the text encoding: save the file as UTF-8 and try again")
    return str(match)


# --- formats ---------------------------------------------------------------------------


def _text_title(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 200 else None
    return None


class _HTMLText(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
    }
    _SKIP = {"script", "style", "noscript", "template", "head", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            self._buffer = []
        elif tag in self._SKIP:
            self._skip += 1
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True
            self._buffer = []
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.title = " ".join("".join(self._buffer).split()) or None
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = " ".join("".join(self._buffer).split()) or None
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title or self._in_h1:
            self._buffer.append(data)
        if self._skip or self._in_title:
            return
        self.parts.append(" ".join(data.split("\n")))


def _read_html(raw: bytes) -> ReadDocument:
    parser = _HTMLText()
    parser.feed(decode_bytes(raw))
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = normalise_text("\n".join(lines))
    return ReadDocument(text=text, title=parser.h1 or parser.title, format="html")


def _reflow_pdf_page(page: str) -> str:
    """Join the visual lines of a PDF page back into paragraphs.

    A line that does not end a sentence and is followed by a line starting in lower case
    is a wrapped line; a hyphen at a wrap is dropped when the word continues in lower case.
    """
    lines = [line.strip() for line in page.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("")
            continue
        if out and out[-1]:
            prev = out[-1]
            if prev.endswith("-") and line[:1].islower():
                out[-1] = prev[:-1] + line
                continue
            if not re.search(r"[.!?:;»\"”)]$", prev) and (line[:1].islower() or line[:1] in ",("):
                out[-1] = prev + " " + line
                continue
        out.append(line)
    return "\n".join(out)


def _read_pdf(raw: bytes) -> ReadDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise ReadError("the PDF is encrypted: save an unprotected copy and try again")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(
            f"not a readable PDF ({type(exc).__name__}): the file may be damaged"
        ) from exc
    text = normalise_text("\n\n".join(_reflow_pdf_page(page) for page in pages))
    if not text:
        raise ReadError("the PDF has no text layer (a scan?): run OCR on it first")
    return ReadDocument(text=text, title=meta_title or _text_title(text), format="pdf")


def _read_docx(raw: bytes) -> ReadDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError("not a readable DOCX file: the file may be damaged") from exc
    paragraphs: list[str] = []
    title: str | None = None
    for paragraph in document.paragraphs:
        paragraphs.append(paragraph.text)
        style = paragraph.style.name if paragraph.style is not None else ""
        if title is None and paragraph.text.strip() and style.startswith(("Title", "Heading")):
            title = paragraph.text.strip()
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = normalise_text("\n\n".join(paragraphs))
    title = document.core_properties.title or title or _text_title(text)
    return ReadDocument(text=text, title=title, format="docx")


def _read_text(raw: bytes, fmt: str) -> ReadDocument:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("this looks like a binary file, not text: unsupported format")
    text = normalise_text(decode_bytes(raw))
    if fmt == "markdown":
        text_for_title = text
    else:
        text_for_title = text
    return ReadDocument(text=text, title=_text_title(text_for_title), format=fmt)


def read_bytes(raw: bytes, suffix: str = "") -> ReadDocument:
    """Read a document from bytes; ``suffix`` (".pdf", ".docx", …) helps when magic fails."""
    suffix = suffix.lower()
    if raw.startswith(b"%PDF"):
        return _read_pdf(raw)
    if raw.startswith(b"PK\x03\x04"):
        if suffix in {".docx", ""} or b"word/" in raw[:4096]:
            return _read_docx(raw)
        raise ReadError(
            f"unsupported file type '{suffix}': CaseVault reads txt, md, html, pdf, docx"
        )
    if suffix == ".pdf":
        raise ReadError("not a readable PDF (no %PDF header): the file may be damaged")
    if suffix == ".docx":
        raise ReadError("not a readable DOCX file: the file may be damaged")
    head = raw[:2048].lstrip().lower()
    if suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        return _read_html(raw)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return _read_text(raw, "markdown" if suffix in {".md", ".markdown"} else "text")
    raise ReadError(f"unsupported file type '{suffix}': CaseVault reads txt, md, html, pdf, docx")


def read_file(path: str | Path) -> ReadDocument:
    """Read one file; raises ``ReadError`` with a one-line message for anything unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise ReadError(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise ReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not raw.strip():
        raise ReadError(f"{path}: the file is empty")
    return read_bytes(raw, path.suffix)
