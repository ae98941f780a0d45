"""Publishing freezes the text and its outputs with their SHA-256; later edits make v2."""

from __future__ import annotations

import hashlib

import pytest

from casevault.accounts.models import User
from casevault.publish.actions import statement_create, statement_publish, statement_update
from casevault.publish.tests.conftest import DemoCase, override_all

pytestmark = pytest.mark.django_db


def test_a_published_version_keeps_its_bytes_hashes_and_approver(
    demo: DemoCase, coordinator: User
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    override_all(coordinator, statement)
    first = statement_publish(actor=coordinator, statement=statement)

    assert first.number == 1 and first.approved_by == coordinator
    assert first.sha256["pdf"] == hashlib.sha256(bytes(first.pdf)).hexdigest()
    assert first.sha256["docx"] == hashlib.sha256(bytes(first.docx)).hexdigest()
    assert first.sha256["html"] == hashlib.sha256(first.html.encode()).hexdigest()
    assert first.sha256["md"] == hashlib.sha256(first.body.encode()).hexdigest()
    assert bytes(first.pdf).startswith(b"%PDF")

    statement_update(actor=coordinator, statement=statement, body=statement.body + "\nAddendum.\n")
    second = statement_publish(actor=coordinator, statement=statement)

    first.refresh_from_db()
    assert second.number == 2
    assert "Addendum." in second.body and "Addendum." not in first.body
    assert first.sha256["md"] != second.sha256["md"]
