from pathlib import Path

import pytest

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.intake.actions import document_import, draft_reject
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.intake.selectors import pending_draft_count
from casevault.records.models import Case, Event

pytestmark = pytest.mark.django_db


def test_a_rejected_draft_leaves_the_queue_and_writes_no_record(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    assert pending_draft_count(documenter) == 2
    first, second = document.drafts.order_by("position")

    draft_reject(
        actor=documenter, draft=first, reason="the date is the hearing's, not the beating's"
    )

    first.refresh_from_db()
    assert first.status == DraftEvent.Status.REJECTED and first.reviewer == documenter
    assert first.reject_reason.startswith("the date is the hearing's")
    assert pending_draft_count(documenter) == 1
    assert not Event.objects.exists()
    assert AuditEntry.objects.filter(verb="intake.draft_reject", target_id=str(first.pk)).exists()

    draft_reject(actor=documenter, draft=second)
    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.REVIEWED
    assert pending_draft_count(documenter) == 0
