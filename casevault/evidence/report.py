"""The chain-of-custody report that goes with an exported item (HTML, and PDF)."""

from __future__ import annotations

from pathlib import Path

from django.template.loader import render_to_string
from django.utils import timezone

from casevault.evidence.models import EvidenceItem


def render_custody_html(item: EvidenceItem) -> str:
    return render_to_string(
        "evidence/custody_report.html",
        {
            "item": item,
            "events": list(item.custody.order_by("at", "audit_seq")),
            "redactions": list(item.redactions.all()),
            "generated_at": timezone.now(),
        },
    )


def write_custody_report(item: EvidenceItem, stem: Path) -> list[Path]:
    html = render_custody_html(item)
    html_path = stem.parent / f"{stem.name}.html"
    html_path.write_text(html, encoding="utf-8")
    from weasyprint import HTML

    pdf_path = stem.parent / f"{stem.name}.pdf"
    HTML(string=html).write_pdf(pdf_path)
    return [html_path, pdf_path]
