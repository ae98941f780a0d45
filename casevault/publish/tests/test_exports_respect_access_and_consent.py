"""CSV and ESF-style JSON exports: the exporter's access, redaction, and an audited full export."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.publish.exports import ENTITIES, export_csv, export_esf_json, export_filename
from casevault.publish.tests.conftest import DemoCase, assert_no_forbidden

pytestmark = pytest.mark.django_db


def test_redacted_csv_and_json_never_name_a_person_who_refused(
    demo: DemoCase, coordinator: User
) -> None:
    for entity in ENTITIES:
        data = export_csv(actor=coordinator, entity=entity).decode()
        assert_no_forbidden(data, f"the {entity} CSV")
        assert_no_forbidden(export_filename("csv", entity), "a file name")
    esf = export_esf_json(actor=coordinator)
    assert_no_forbidden(esf.decode(), "the ESF JSON")
    data = json.loads(esf)
    assert data["format"] == "casevault-esf/1" and data["redacted"] is True
    assert any(e["acts"] for e in data["events"])
    # Restricted records stay out of redacted exports.
    assert "Anonymous threatening calls" not in esf.decode()
    assert "Tamara" in esf.decode()  # she consented to be named


def test_only_an_admin_exports_the_full_vault_and_it_is_audited(
    demo: DemoCase, coordinator: User, admin: User, outsider: User
) -> None:
    with pytest.raises(PermissionDenied):
        export_esf_json(actor=coordinator, full=True)
    with pytest.raises(PermissionDenied):
        export_csv(actor=outsider, entity="events")

    full = export_esf_json(actor=admin, full=True).decode()

    assert "Anonymous threatening calls" in full
    entry = AuditEntry.objects.filter(verb="export.esf_json").latest("seq")
    assert entry.actor == admin.username and entry.details["full"] is True
