"""A statement PDF renders to PNG (pdftoppm), kept in test-artifacts/ for a human to look at."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from casevault.accounts.models import User
from casevault.publish import outputs
from casevault.publish.actions import statement_create
from casevault.publish.tests.conftest import DemoCase

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_first_page_renders_to_a_png(demo: DemoCase, coordinator: User, lang: str) -> None:
    statement = statement_create(actor=coordinator, case=demo.case, lang=lang)
    pdf = outputs.pdf_bytes(statement.title, statement.reference, statement.body, lang)
    ARTIFACTS.mkdir(exist_ok=True)
    backend = "postgres" if os.environ.get("DATABASE_URL") else "sqlcipher"
    stem = ARTIFACTS / f"publish-statement-{lang}-{backend}"
    pdf_path = stem.with_suffix(".pdf")
    pdf_path.write_bytes(pdf)

    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf_path, stem],
        check=True,
    )

    png = stem.with_suffix(".png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
