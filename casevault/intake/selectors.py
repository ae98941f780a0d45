"""Reads of the review queue that apply permissions.

A reviewer sees a document (and its drafts) when they hold ``intake.review``, their
clearance allows the document's level, and they may see its case (the records' per-case
rule). Anything else is the same 404 as a missing document.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.lib.translit import name_key
from casevault.records import selectors as records
from casevault.records.models import Person


def documents_for_user(user: User, *, edit: bool = False) -> QuerySet[ImportedDocument]:
    """Documents whose drafts the user may review (``edit``: and turn into records)."""
    if not has_perm(user, "intake.review"):
        return ImportedDocument.objects.none()
    if edit and not has_perm(user, "records.add"):
        return ImportedDocument.objects.none()
    return ImportedDocument.objects.filter(
        confidentiality__in=records.allowed_levels(user),
        case__in=records.cases_for_user(user, edit=edit),
    )


def drafts_for_user(user: User, *, status: str | None = None) -> QuerySet[DraftEvent]:
    drafts = DraftEvent.objects.filter(document__in=documents_for_user(user))
    return drafts.filter(status=status) if status else drafts


def pending_drafts_for_user(user: User) -> QuerySet[DraftEvent]:
    """Drafts waiting for a decision, oldest document first."""
    return (
        drafts_for_user(user, status=DraftEvent.Status.PENDING)
        .select_related("document", "document__case")
        .order_by("document__imported_at", "position")
    )


def pending_draft_count(user: User) -> int:
    """For the dashboard: how many drafts wait for this user's review."""
    return drafts_for_user(user, status=DraftEvent.Status.PENDING).count()


def queue_for_user(user: User) -> QuerySet[ImportedDocument]:
    """Documents with drafts still waiting, with their counts; oldest first."""
    return (
        documents_for_user(user)
        .annotate(
            pending=Count("drafts", filter=Q(drafts__status=DraftEvent.Status.PENDING)),
            total=Count("drafts"),
        )
        .filter(pending__gt=0)
        .select_related("case")
        .order_by("imported_at")
    )


def _get(queryset: QuerySet[Any], pk: Any) -> Any:
    try:
        return queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404("no such document") from exc


def document_get_for_user(user: User, pk: Any) -> ImportedDocument:
    found: ImportedDocument = _get(documents_for_user(user).select_related("case"), pk)
    return found


def draft_get_for_user(user: User, pk: Any, *, edit: bool = False) -> DraftEvent:
    """404 when the user may not see the draft; 403 when they see it but may not accept it."""
    found: DraftEvent = _get(drafts_for_user(user).select_related("document"), pk)
    if edit and not documents_for_user(user, edit=True).filter(pk=found.document_id).exists():
        raise PermissionDenied("you may review this draft but not turn it into records")
    return found


def people_matching_name(user: User, name: str) -> list[Person]:
    """Recorded people the user may see with a name of the same key, in any script.

    «Семёнова Елена» matches "Elena Semenova"; a looser match is for
    ``records.selectors.person_suggestions``.
    """
    key = name_key(name)
    if not key:
        return []
    return list(
        records.people_for_user(user).filter(names__translit_key=key).distinct().order_by("pk")[:5]
    )
