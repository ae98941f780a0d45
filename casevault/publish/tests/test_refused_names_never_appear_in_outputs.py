"""People whose consent forbids naming never appear in any output, in either language."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from casevault.accounts.models import User
from casevault.publish import outputs
from casevault.publish.actions import statement_create, statement_publish
from casevault.publish.tests.conftest import DemoCase, assert_no_forbidden, override_all

pytestmark = pytest.mark.django_db


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    reader = PdfReader(io.BytesIO(pdf))
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    return text + "\n" + metadata


def docx_xml(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_output_names_a_person_who_refused(
    demo: DemoCase, coordinator: User, lang: str, tmp_path: Path
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case, lang=lang)
    assert_no_forbidden(statement.title + statement.body, "the Markdown draft")
    # The event they were named in is still told, with a role in place of each name.
    assert ("a witness" if lang == "en" else "свидетел") in statement.body
    assert "[^s" in statement.body  # footnoted sources are in the text under test

    override_all(coordinator, statement)
    version = statement_publish(actor=coordinator, statement=statement)

    assert_no_forbidden(version.html, "the HTML")
    text = pdf_text(bytes(version.pdf), tmp_path)
    assert statement.reference in text  # the heading carries the reference
    assert_no_forbidden(text, "the PDF text, footnotes or metadata")
    assert_no_forbidden(docx_xml(bytes(version.docx)), "the DOCX XML")
    for ext in ("html", "pdf", "docx"):
        assert_no_forbidden(outputs.filename(statement.reference, lang, ext), "a file name")


def test_the_pdf_has_page_numbers_source_notes_and_cyrillic(
    demo: DemoCase, coordinator: User, tmp_path: Path
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case, lang="ru")
    text = pdf_text(
        outputs.pdf_bytes(statement.title, statement.reference, statement.body, "ru"), tmp_path
    )
    assert "Хронология" in text
    assert "Стр. 1 из" in text
    assert "Судебный документ" in text  # a source note
