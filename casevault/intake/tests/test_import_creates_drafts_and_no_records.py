from pathlib import Path

import pytest

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.evidence.models import EvidenceItem
from casevault.intake.actions import IntakeError, document_import
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.records.models import Act, Case, Event, Person, Source

pytestmark = pytest.mark.django_db


def test_it_stores_the_file_and_queues_drafts_without_writing_records(
    documenter: User, dossier: Case, report: Path, evidence_vault: Path
) -> None:
    people_before = Person.objects.count()

    document = document_import(actor=documenter, path=report, case=dossier)

    assert document.evidence is not None and document.evidence.case == dossier
    assert document.evidence.original_name == "statement.txt"
    assert document.document_date is not None and document.document_date.isoformat() == "2019-01-29"
    assert document.language == "en" and document.status == ImportedDocument.Status.PENDING
    drafts = list(document.drafts.order_by("position"))
    assert [d.data["act_types"] for d in drafts] == [
        ["search", "confiscation"],
        ["physical_assault"],
    ]
    assert all(d.status == DraftEvent.Status.PENDING for d in drafts)
    for draft in drafts:
        for evidence in draft.evidence:
            assert document.text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert not Event.objects.exists() and not Act.objects.exists() and not Source.objects.exists()
    assert Person.objects.count() == people_before
    assert AuditEntry.objects.filter(verb="intake.import", target_id=str(document.pk)).exists()


def test_an_unreadable_file_leaves_nothing_behind(
    documenter: User, dossier: Case, tmp_path: Path, evidence_vault: Path
) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")

    with pytest.raises(IntakeError, match="PDF"):
        document_import(actor=documenter, path=bad, case=dossier)

    assert not ImportedDocument.objects.exists() and not EvidenceItem.objects.exists()


def test_without_an_evidence_store_the_document_is_still_queued(
    documenter: User, dossier: Case, report: Path, settings
) -> None:
    settings.CASEVAULT_VAULT_PATH = ""

    document = document_import(actor=documenter, path=report, case=dossier)

    assert document.evidence is None and "not stored" in document.evidence_problem
    assert document.drafts.count() == 2
