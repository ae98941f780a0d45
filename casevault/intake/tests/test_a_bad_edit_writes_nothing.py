"""A draft accepted with a wrong edit leaves the records exactly as they were."""

from dataclasses import replace
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.intake.actions import IntakeError, document_import, draft_accept, edits_from_draft
from casevault.intake.forms import prefix_for
from casevault.intake.models import DraftEvent
from casevault.records.models import Act, Case, Event, Person, Source

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, ...]:
    return (
        Event.objects.count(),
        Act.objects.count(),
        Person.objects.count(),
        Source.objects.count(),
        AuditEntry.objects.count(),
    )


def test_an_invalid_date_in_the_form_is_an_error_and_nothing_is_written(
    client: Client, documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = document.drafts.order_by("position").first()
    assert draft is not None
    client.force_login(documenter)
    before = _counts()
    p = prefix_for(draft)

    answer = client.post(
        reverse("intake:accept", kwargs={"pk": draft.pk}),
        {
            f"{p}-title": "Search",
            f"{p}-date": "8 Octobre 2018",
            f"{p}-act_types": ["search"],
            f"{p}-victims": "1",
            f"{p}-victim-0-name": "Elena Semenova",
            f"{p}-victim-0-choice": "new",
        },
    )

    assert answer.status_code == 400
    assert "is not a date" in answer.content.decode()
    assert _counts() == before
    draft.refresh_from_db()
    assert draft.status == DraftEvent.Status.PENDING


def test_an_unknown_act_type_rolls_back_everything_already_made(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = document.drafts.order_by("position").first()
    assert draft is not None
    edits = edits_from_draft(draft)
    # The first act type is fine and gets made before the second one fails.
    bad = replace(edits, act_types=["search", "waterboarding"])
    before = _counts()

    with pytest.raises(IntakeError, match="waterboarding"):
        draft_accept(actor=documenter, draft=draft, edits=bad)

    assert _counts() == before
    draft.refresh_from_db()
    assert draft.status == DraftEvent.Status.PENDING and draft.event is None
