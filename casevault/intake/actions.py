"""Writes of the import and review flow: import a document, accept or reject a draft.

A document is stored as evidence and read into drafts; nothing enters the records until a
reviewer accepts a draft, and then every record made from it goes through the records
actions and cites the document as its source.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm, require
from casevault.audit import log as audit
from casevault.evidence.actions import EvidenceError, evidence_add
from casevault.evidence.blobstore import EvidenceStoreError
from casevault.evidence.models import EvidenceItem
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.intake.perpetrators import is_agent_phrase, perpetrator_type_for
from casevault.intake.pipeline import extract_text
from casevault.intake.readers import ReadError, normalise_text, read_file
from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.lib.levels import Level
from casevault.lib.translit import name_key
from casevault.records import actions as records
from casevault.records import selectors
from casevault.records.actions.common import require_change, required_term
from casevault.records.models import Case, Event, Organisation, Person, PersonName, Place, Source


class IntakeError(ValueError):
    """Input a user can fix (an unreadable file, a wrong edit); the message says what to do."""


# --- Import ----------------------------------------------------------------------------


def document_import(
    *,
    actor: User,
    path: Path,
    case: Case,
    lang: str = "auto",
    reference_date: date | None = None,
    source_type: str = "document",
    confidentiality: str = Level.RESTRICTED,
) -> ImportedDocument:
    """Store a document as evidence, extract its draft events and queue them for review."""
    require(actor, "intake.review", ImportedDocument(confidentiality=Level(confidentiality)))
    require(actor, "evidence.add")
    require_change(actor, case)
    try:
        required_term("source_type", source_type)
    except records.RecordError as exc:
        raise IntakeError(str(exc)) from exc
    path = Path(path)
    # Read first: an unreadable file leaves nothing behind, not even an evidence item.
    try:
        read = read_file(path)
    except ReadError as exc:
        raise IntakeError(str(exc)) from exc
    text = normalise_text(read.text)
    result = extract_text(text, lang, reference_date, title=read.title)
    evidence, problem = _store_original(actor, path, case, confidentiality)
    document_info = result["document"]
    with transaction.atomic():
        document = ImportedDocument.objects.create(
            case=case,
            evidence=evidence,
            evidence_problem=problem[:500],
            original_name=path.name[:500],
            file_format=read.format,
            language=document_info["language"],
            title=(document_info["title"] or "")[:500],
            reference=(document_info["reference"] or "")[:200],
            document_date=date.fromisoformat(document_info["date"])
            if document_info["date"]
            else None,
            text=text,
            entities=result["entities"],
            source_type=source_type,
            confidentiality=Level(confidentiality),
            imported_by=actor,
            status=ImportedDocument.Status.PENDING
            if result["events"]
            else ImportedDocument.Status.REVIEWED,
        )
        DraftEvent.objects.bulk_create(
            DraftEvent(document=document, position=i, data=event)
            for i, event in enumerate(result["events"])
        )
        audit.record(
            actor=actor,
            verb="intake.import",
            target=document,
            details={
                "drafts": len(result["events"]),
                "evidence": str(evidence.pk) if evidence else None,
                "case": str(case.pk),
            },
            # The revision would copy the whole text again; the document never changes.
            revision=False,
        )
    return document


def _store_original(
    actor: User, path: Path, case: Case, confidentiality: str
) -> tuple[EvidenceItem | None, str]:
    """The document's file in the evidence store, or why it could not be stored.

    Outside the rows' transaction on purpose: encrypting a large file takes a while, and
    a transaction on the vault holds its write lock. An item with no document is still a
    file with a full custody record.
    """
    if not settings.CASEVAULT_VAULT_PATH:
        return None, "no vault folder is open, so the original file was not stored"
    try:
        item = evidence_add(
            actor=actor,
            source=path,
            case=case,
            description=f"Imported for review: {path.name}",
            confidentiality=confidentiality,
        )
    except (EvidenceError, EvidenceStoreError) as exc:
        return None, str(exc)
    return item, ""


# --- Review ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonPick:
    """A victim as the reviewer decided: a recorded person (by id), or a new name."""

    name: str = ""
    person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DraftEdits:
    title: str
    date: str  # FuzzyDate text: 2018, 2018-10, 2018-10-08, 2018-09/2018-11…
    act_types: list[str]
    victims: list[PersonPick] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    place: str = ""


def suggested_title(summary: str, limit: int = 120) -> str:
    summary = " ".join(summary.split())
    if len(summary) <= limit:
        return summary
    return summary[:limit].rsplit(" ", 1)[0] + "…"


def edits_from_draft(draft: DraftEvent) -> DraftEdits:
    """The draft as the pipeline proposed it, as edits a reviewer may accept unchanged."""
    data = draft.data
    return DraftEdits(
        title=suggested_title(data.get("summary", "")),
        date=FuzzyDate.from_dict(data["date"]).to_text(),
        act_types=list(data.get("act_types", [])),
        victims=[PersonPick(name=n) for n in data.get("victims", [])],
        perpetrators=list(data.get("perpetrators", [])),
        place=(data.get("places") or [""])[0],
    )


def draft_accept(*, actor: User, draft: DraftEvent, edits: DraftEdits) -> Event:
    """Make the event, its acts, people and source from a reviewed draft; one transaction."""
    document = draft.document
    require(actor, "intake.review", document)
    require(actor, "records.add", document)
    try:
        when = FuzzyDate.parse(edits.date)
    except FuzzyDateError as exc:
        raise IntakeError(f"the date {edits.date!r} is not a date: {exc}") from exc
    if when.is_unknown:
        raise IntakeError("give the event a date: a year (2018) is enough")
    if not edits.act_types:
        raise IntakeError("choose at least one act type")
    with transaction.atomic():
        # Lock the rows: two reviewers may accept the same draft, and two drafts of one
        # document must not each make the document's source.
        document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
        locked = DraftEvent.objects.select_for_update().get(pk=draft.pk)
        _require_pending(locked)
        try:
            event = _make_records(actor, document, locked, edits, when)
        except records.RecordError as exc:
            raise IntakeError(str(exc)) from exc
        _decide(locked, actor, DraftEvent.Status.ACCEPTED, event=event)
        audit.record(
            actor=actor,
            verb="intake.draft_accept",
            target=locked,
            details={"event": str(event.pk), "document": str(document.pk)},
            revision=False,
        )
        _close_if_done(document)
    draft.refresh_from_db()
    return event


def draft_reject(*, actor: User, draft: DraftEvent, reason: str = "") -> DraftEvent:
    document = draft.document
    require(actor, "intake.review", document)
    with transaction.atomic():
        document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
        locked = DraftEvent.objects.select_for_update().get(pk=draft.pk)
        _require_pending(locked)
        locked.reject_reason = reason.strip()
        _decide(locked, actor, DraftEvent.Status.REJECTED)
        audit.record(
            actor=actor,
            verb="intake.draft_reject",
            target=locked,
            details={"reason": locked.reject_reason, "document": str(document.pk)},
            revision=False,
        )
        _close_if_done(document)
    draft.refresh_from_db()
    return draft


def _require_pending(draft: DraftEvent) -> None:
    if draft.status != DraftEvent.Status.PENDING:
        who = draft.reviewer.username if draft.reviewer else "someone"
        raise IntakeError(f"this draft was already {draft.status} by {who}: nothing was changed")


def _decide(draft: DraftEvent, actor: User, status: str, event: Event | None = None) -> None:
    draft.status = status
    draft.reviewer = actor
    draft.reviewed_at = timezone.now()
    draft.event = event
    draft.save(update_fields=["status", "reviewer", "reviewed_at", "reject_reason", "event"])


def _close_if_done(document: ImportedDocument) -> None:
    if not document.drafts.filter(status=DraftEvent.Status.PENDING).exists():
        document.status = ImportedDocument.Status.REVIEWED
        document.save(update_fields=["status"])


def _make_records(
    actor: User, document: ImportedDocument, draft: DraftEvent, edits: DraftEdits, when: FuzzyDate
) -> Event:
    level = document.confidentiality
    place = _place(actor, edits.place, level) if edits.place.strip() else None
    event = records.event_create(
        actor=actor,
        title=(edits.title.strip() or suggested_title(draft.summary))[:300],
        date=when,
        description=draft.summary,
        place=place,
        confidentiality=level,
    )
    victims: list[Person | None] = [
        _victim(actor, pick, document) for pick in edits.victims if pick.person_id or pick.name
    ] or [None]
    perpetrators = [_perpetrator(actor, p, document) for p in edits.perpetrators if p.strip()]
    for act_type in edits.act_types:
        for victim in victims:
            act = records.act_create(actor=actor, event=event, act_type=act_type, victim=victim)
            for who in perpetrators:
                records.involvement_create(actor=actor, act=act, degree="carried_out", **who)
    source = _document_source(actor, document)
    records.information_create(
        actor=actor,
        source=source,
        event=event,
        connection="documentary",
        summary=draft.summary,
        excerpt=" … ".join(e["text"] for e in draft.evidence),
    )
    records.case_add_event(actor=actor, case=document.case, event=event)
    return event


def _victim(actor: User, pick: PersonPick, document: ImportedDocument) -> Person:
    if pick.person_id is None:
        return records.person_create(
            actor=actor, names=[pick.name], confidentiality=document.confidentiality
        )
    person = selectors.people_for_user(actor).filter(pk=pick.person_id).first()
    if person is None:
        raise IntakeError("a chosen person is not recorded, or not open to you: choose again")
    # Keep the document's spelling ("Elena Semionova" for «Семёнова Елена») for linkage.
    name = pick.name.strip()
    if (
        name
        and has_perm(actor, "records.change", person)
        and not PersonName.objects.filter(person=person, full_name=name).exists()
    ):
        lang = document.language if document.language in {"en", "ru", "kk"} else ""
        records.person_add_name(actor=actor, person=person, name=name, lang=lang)
    return person


def _perpetrator(actor: User, text: str, document: ImportedDocument) -> dict[str, Any]:
    """Involvement arguments for one perpetrator line: a type, an organisation or a person.

    "police" is a perpetrator type; a name the reader may already see is that record; a
    person the document names becomes a new person; anything else a new organisation.
    """
    text = " ".join(text.split())
    kind = perpetrator_type_for(text)
    if is_agent_phrase(text):
        return {"perpetrator_type": kind, "notes": text}
    org = selectors.organisations_for_user(actor).filter(name__iexact=text).first()
    if org is not None:
        return {"perpetrator_org": org, "perpetrator_type": kind}
    key = name_key(text)
    people = list(selectors.people_for_user(actor).filter(names__translit_key=key).distinct()[:2])
    if len(people) == 1:
        return {"perpetrator_person": people[0], "perpetrator_type": kind}
    named = {p.get("key") for p in document.entities.get("persons", [])}
    if key in named:
        person = records.person_create(
            actor=actor, names=[text], confidentiality=document.confidentiality
        )
        return {"perpetrator_person": person, "perpetrator_type": kind}
    new_org: Organisation = records.organisation_create(
        actor=actor, name=text, org_type=kind, confidentiality=document.confidentiality
    )
    return {"perpetrator_org": new_org, "perpetrator_type": kind}


def _place(actor: User, name: str, level: str) -> Place:
    name = " ".join(name.split())
    found = selectors.places_for_user(actor).filter(name__iexact=name).first()
    return found or records.place_create(actor=actor, name=name, confidentiality=level)


def _document_source(actor: User, document: ImportedDocument) -> Source:
    if document.source_id is not None:
        return document.source  # type: ignore[return-value]
    title = document.title or document.original_name
    source = records.source_create(
        actor=actor,
        source_type=document.source_type,
        title=title[:300],
        date=FuzzyDate.day(
            document.document_date.year, document.document_date.month, document.document_date.day
        )
        if document.document_date
        else None,
        reference=document.reference,
        language=document.language if document.language != "und" else "",
        case=document.case,
        notes=f"Imported document {document.original_name}"
        + (f"; evidence item {document.evidence_id}" if document.evidence_id else ""),
        confidentiality=document.confidentiality,
    )
    document.source = source
    document.save(update_fields=["source"])
    return source
