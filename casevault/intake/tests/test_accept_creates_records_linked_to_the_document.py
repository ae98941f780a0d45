from pathlib import Path

import pytest

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.intake.actions import document_import, draft_accept, edits_from_draft
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.records.models import Act, ActInvolvement, Case, Information

pytestmark = pytest.mark.django_db


def test_accepting_a_draft_records_the_event_its_acts_people_and_source(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    search = next(d for d in document.drafts.all() if "search" in d.data["act_types"])

    event = draft_accept(actor=documenter, draft=search, edits=edits_from_draft(search))

    assert event.date.to_text() == "2018-10-08"
    assert list(event.cases.all()) == [dossier]
    acts = Act.objects.filter(event=event).order_by("act_type_id")
    assert [a.act_type.code for a in acts] == ["confiscation", "search"]
    victim = acts[0].victim
    assert victim is not None and acts[1].victim == victim
    assert victim.names.get().full_name == "Elena Semenova"
    involvement = ActInvolvement.objects.get(act=acts[0])
    assert involvement.perpetrator_type_id == "perpetrator_type:police"
    info = Information.objects.get(event=event)
    assert info.excerpt.startswith("On 8 October 2018 police searched the house")
    assert info.source.case == dossier and info.source.source_type.code == "document"
    document.refresh_from_db()
    assert document.source == info.source
    search.refresh_from_db()
    assert search.status == DraftEvent.Status.ACCEPTED and search.event == event
    assert search.reviewer == documenter and search.reviewed_at is not None
    assert AuditEntry.objects.filter(verb="intake.draft_accept", target_id=str(search.pk)).exists()
    assert document.status == ImportedDocument.Status.PENDING


def test_a_second_draft_of_the_same_document_cites_the_same_source(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    document = document_import(actor=documenter, path=report, case=dossier)
    first, second = document.drafts.order_by("position")

    one = draft_accept(actor=documenter, draft=first, edits=edits_from_draft(first))
    two = draft_accept(actor=documenter, draft=second, edits=edits_from_draft(second))

    sources = {i.source_id for i in Information.objects.filter(event__in=[one, two])}
    assert len(sources) == 1
    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.REVIEWED
