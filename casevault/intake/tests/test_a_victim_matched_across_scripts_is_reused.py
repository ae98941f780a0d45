""" "Elena Semenova" in an English report is «Семёнова Елена», already recorded."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.intake.actions import document_import
from casevault.intake.forms import prefix_for
from casevault.records.models import Act, Case, Person
from casevault.testing import person

pytestmark = pytest.mark.django_db


def test_the_review_offers_the_recorded_person_and_accepting_reuses_her(
    client: Client, documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    recorded = person(documenter, "Семёнова Елена")
    document = document_import(actor=documenter, path=report, case=dossier)
    draft = next(d for d in document.drafts.all() if "search" in d.data["act_types"])
    p = prefix_for(draft)
    client.force_login(documenter)

    page = client.get(reverse("intake:review", kwargs={"pk": document.pk})).content.decode()

    # The recorded person is offered under her own name, and already chosen.
    choice = re.search(
        rf'<input type="radio" name="{p}-victim-0-choice" value="{recorded.pk}" checked>', page
    )
    assert choice is not None
    assert "Семёнова Елена" in page

    answer = client.post(
        reverse("intake:accept", kwargs={"pk": draft.pk}),
        {
            f"{p}-title": "House searched, computers confiscated",
            f"{p}-date": "2018-10-08",
            f"{p}-act_types": ["search", "confiscation"],
            f"{p}-victims": "2",
            f"{p}-victim-0-name": "Elena Semenova",
            f"{p}-victim-0-choice": str(recorded.pk),
            f"{p}-victim-1-name": "",
            f"{p}-perpetrators": "police",
            f"{p}-place": "Almaty",
        },
    )

    assert answer.status_code == 302
    acts = Act.objects.filter(event__title="House searched, computers confiscated")
    assert acts.count() == 2 and {a.victim for a in acts} == {recorded}
    assert (
        not Person.objects.filter(names__full_name="Elena Semenova")
        .exclude(pk=recorded.pk)
        .exists()
    )
    # The report's spelling is kept as another of her names, for linkage.
    assert set(recorded.names.values_list("full_name", flat=True)) == {
        "Семёнова Елена",
        "Elena Semenova",
    }
    assert acts[0].event.place is not None and acts[0].event.place.name == "Almaty"
