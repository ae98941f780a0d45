"""Who may open the queue, a document and its drafts (a role matrix)."""

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.intake.actions import document_import
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.intake.selectors import pending_draft_count
from casevault.records.models import Case
from casevault.testing import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> ImportedDocument:
    return document_import(actor=documenter, path=report, case=dossier)


def _get(client: Client, user: User, name: str, **kwargs: object) -> int:
    client.force_login(user)
    return client.get(reverse(name, kwargs=kwargs)).status_code


@pytest.mark.parametrize(
    ("persona", "queue", "page"),
    [
        ("documenter", 200, 200),  # on the case team
        ("coordinator", 200, 200),  # sees every case
        ("outsider", 200, 404),  # a documenter not on the case
        ("analyst", 200, 404),  # internal clearance; the document is restricted
        ("editor", 403, 404),  # no intake.review
    ],
)
def test_who_sees_the_queue_and_the_document(
    client: Client, document: ImportedDocument, persona: str, queue: int, page: int
) -> None:
    user = document.imported_by if persona == "documenter" else make_persona(persona)

    assert _get(client, user, "intake:queue") == queue
    assert _get(client, user, "intake:review", pk=document.pk) == page


def test_an_editor_cannot_accept_or_reject_and_nothing_changes(
    client: Client, editor: User, document: ImportedDocument
) -> None:
    draft = document.drafts.first()
    assert draft is not None
    client.force_login(editor)

    assert client.post(reverse("intake:accept", kwargs={"pk": draft.pk})).status_code == 404
    assert client.post(reverse("intake:reject", kwargs={"pk": draft.pk})).status_code == 404
    draft.refresh_from_db()
    assert draft.status == DraftEvent.Status.PENDING


def test_a_reviewer_who_may_not_add_records_may_reject_but_not_accept(
    client: Client, document: ImportedDocument, dossier: Case
) -> None:
    analyst = make_persona("analyst")
    analyst.clearance = "restricted"
    analyst.save(update_fields=["clearance"])
    CaseGrant.objects.create(user=analyst, case=dossier, can_edit=False)
    first, second = document.drafts.order_by("position")
    client.force_login(analyst)

    assert client.get(reverse("intake:review", kwargs={"pk": document.pk})).status_code == 200
    assert client.post(reverse("intake:accept", kwargs={"pk": first.pk})).status_code == 403
    assert client.post(reverse("intake:reject", kwargs={"pk": second.pk})).status_code == 302
    second.refresh_from_db()
    assert second.status == DraftEvent.Status.REJECTED


def test_the_dashboard_count_follows_the_same_access(
    document: ImportedDocument, documenter: User, outsider: User
) -> None:
    assert pending_draft_count(documenter) == 2
    assert pending_draft_count(outsider) == 0
    assert pending_draft_count(make_persona("editor")) == 0
