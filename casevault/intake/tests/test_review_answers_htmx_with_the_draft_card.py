from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.intake.actions import document_import
from casevault.intake.forms import prefix_for
from casevault.records.models import Case, Event

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def test_accepting_through_htmx_swaps_in_the_decided_card(
    client: Client, documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = next(d for d in document.drafts.all() if "physical_assault" in d.data["act_types"])
    p = prefix_for(draft)
    client.force_login(documenter)

    answer = client.post(
        reverse("intake:accept", kwargs={"pk": draft.pk}),
        {
            f"{p}-title": "Beaten at the police station",
            f"{p}-date": "2019-01-14",
            f"{p}-act_types": ["physical_assault"],
            f"{p}-victims": "1",
            f"{p}-victim-0-name": "Elena Semenova",
            f"{p}-victim-0-choice": "new",
            f"{p}-perpetrators": "police",
        },
        headers=HTMX,
    )

    assert answer.status_code == 200
    html = answer.content.decode()
    assert html.startswith(f'<article class="draft-card accepted" id="draft-{draft.pk}">')
    event = Event.objects.get(title="Beaten at the police station")
    assert reverse("records:event_detail", kwargs={"pk": event.pk}) in html


def test_a_form_error_through_htmx_comes_back_in_the_card(
    client: Client, documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = document.drafts.order_by("position").first()
    assert draft is not None
    p = prefix_for(draft)
    client.force_login(documenter)

    answer = client.post(
        reverse("intake:accept", kwargs={"pk": draft.pk}),
        {f"{p}-title": "x", f"{p}-date": "2019-01-14", f"{p}-victims": "0"},
        headers=HTMX,
    )

    assert answer.status_code == 200
    assert 'class="draft-card pending"' in answer.content.decode()
    assert not Event.objects.exists()
