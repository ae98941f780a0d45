from pathlib import Path

import pytest

from casevault.accounts.models import CaseGrant, User
from casevault.intake.actions import (
    IntakeError,
    document_import,
    draft_accept,
    draft_reject,
    edits_from_draft,
)
from casevault.intake.models import DraftEvent
from casevault.records.models import Case, Event

pytestmark = pytest.mark.django_db


def test_a_second_reviewer_cannot_accept_or_reject_a_draft_already_accepted(
    documenter: User, lawyer: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    CaseGrant.objects.create(user=lawyer, case=dossier, can_edit=True)
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = document.drafts.order_by("position").first()
    assert draft is not None
    # Both reviewers opened the page while the draft was pending.
    stale = DraftEvent.objects.get(pk=draft.pk)

    draft_accept(actor=documenter, draft=draft, edits=edits_from_draft(draft))

    with pytest.raises(IntakeError, match="already accepted by documenter"):
        draft_accept(actor=lawyer, draft=stale, edits=edits_from_draft(stale))
    with pytest.raises(IntakeError, match="already accepted"):
        draft_reject(actor=lawyer, draft=stale, reason="duplicate")
    assert Event.objects.count() == 1
    stale.refresh_from_db()
    assert stale.status == DraftEvent.Status.ACCEPTED and stale.reviewer == documenter
