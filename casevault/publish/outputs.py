"""A statement's Markdown as HTML, PDF (WeasyPrint) and DOCX (python-docx), as bytes.

Nothing here writes a file: the caller decides where bytes go. Metadata carries the
reference and the title only (never a user's or a person's name), and file names are
built from the reference alone.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from html import escape

from django.utils import timezone

from casevault.publish import markdown
from casevault.publish.texts import t

ORGANISATION_AUTHOR = "CaseVault"

_CSS = """
@page {
  size: A4;
  margin: 22mm 20mm 24mm 20mm;
  @top-left { content: string(reference); font-size: 8.5pt; color: #555; }
  @top-right { content: string(doctitle); font-size: 8.5pt; color: #555; }
  @bottom-center { content: "%(page)s " counter(page) " %(of)s " counter(pages);
                   font-size: 8.5pt; color: #555; }
}
body { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.4; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 17pt; string-set: doctitle content(); }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 12.5pt; margin-top: 1.2em; }
.reference { string-set: reference content(); font-size: 8pt; color: #555; }
p { text-align: justify; margin: 0 0 0.6em 0; orphans: 2; widows: 2; }
/* Notes close the document rather than float to the page foot: WeasyPrint 70 places at
   most one floated footnote per page once they queue up, so a chronology citing fifty
   sources ran to fifty pages (and three times the time). */
.footnotes { font-size: 8.5pt; line-height: 1.3; }
.footnotes hr { border: 0; border-top: 0.5pt solid #999; width: 30%%; margin-left: 0; }
.footnotes .back { display: none; }
sup.fnref { font-size: 7pt; }
sup.fnref a { color: inherit; text-decoration: none; }
"""


def filename(reference: str, lang: str, ext: str) -> str:
    """``ORG-0001-2026-en.pdf``: the reference and language only, never a name."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", reference).strip("-") or "statement"
    return f"{slug}-{lang}.{ext}"


def html_page(title: str, reference: str, body: str, lang: str) -> str:
    """A standalone HTML file (no script, no external resources)."""
    doc = markdown.parse(body)
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(reference)} · {escape(title)}</title>\n"
        f"<style>body{{max-width:44em;margin:2em auto;font-family:serif;line-height:1.5}}"
        f".footnotes{{font-size:.9em}}</style>\n</head>\n<body>\n"
        f"{markdown.to_html(doc)}\n</body>\n</html>\n"
    )


def pdf_bytes(title: str, reference: str, body: str, lang: str) -> bytes:
    from weasyprint import HTML

    doc = markdown.parse(body)
    css = _CSS % {"page": t(lang, "page"), "of": t(lang, "of")}
    html = (
        f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(reference)}</title>"
        f'<meta name="author" content="{ORGANISATION_AUTHOR}">'
        f'<meta name="generator" content="{ORGANISATION_AUTHOR}">'
        f"<style>{css}</style></head><body>"
        f'<div class="reference">{escape(reference)}</div>'
        f"{markdown.to_html(doc)}</body></html>"
    )
    return bytes(HTML(string=html).write_pdf())


def docx_bytes(title: str, reference: str, body: str, lang: str) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    parsed = markdown.parse(body)
    document = Document()
    props = document.core_properties
    # python-docx fills author and last_modified_by with its own name; we say nothing personal.
    props.author = ORGANISATION_AUTHOR
    props.last_modified_by = ORGANISATION_AUTHOR
    props.title = reference
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.language = lang
    now = datetime.now(tz=timezone.get_current_timezone()).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = now
    props.revision = 1
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = reference
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def add_runs(paragraph: object, parts: list[markdown.Inline]) -> None:
        for kind, value in parts:
            if kind == "fnref":
                number = parsed.numbers.get(value)
                if number is None:
                    continue
                run = paragraph.add_run(str(number))  # type: ignore[attr-defined]
                run.font.superscript = True
                continue
            run = paragraph.add_run(value)  # type: ignore[attr-defined]
            run.bold = kind == "bold"
            run.italic = kind == "italic"

    for block in parsed.blocks:
        if block.kind == "heading":
            add_runs(document.add_heading(level=min(block.level, 3)), block.inlines)
        elif block.kind == "para":
            add_runs(document.add_paragraph(), block.inlines)
        elif block.kind == "quote":
            add_runs(document.add_paragraph(style="Quote"), block.inlines)
        else:
            style = "List Bullet" if block.kind == "ul" else "List Number"
            for item in block.items:
                add_runs(document.add_paragraph(style=style), item)
    if parsed.footnotes:
        document.add_paragraph("—" * 8)
        for number, parts in parsed.footnotes:
            note = document.add_paragraph()
            lead = note.add_run(f"{number}. ")
            lead.font.superscript = False
            add_runs(note, parts)
            for run in note.runs:
                run.font.size = Pt(8.5)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
