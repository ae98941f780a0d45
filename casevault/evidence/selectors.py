"""Reads of evidence that apply permissions: clearance, and the case rule of records."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from casevault.accounts.models import User
from casevault.evidence.models import EvidenceItem
from casevault.records.selectors import granted_case_ids, sees_all_cases, visible


def evidence_for_user(user: User) -> QuerySet[EvidenceItem]:
    items = visible(user, EvidenceItem.objects.select_related("case", "capture"))
    if sees_all_cases(user):
        return items
    return items.filter(Q(case__isnull=True) | Q(case_id__in=granted_case_ids(user)))


def evidence_get_for_user(user: User, pk: Any) -> EvidenceItem:
    """The same 404 for a missing item and one the user may not see."""
    try:
        return evidence_for_user(user).get(pk=pk)
    except (EvidenceItem.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("no such evidence item") from exc
    except Exception as exc:  # a malformed UUID raises ValidationError on some backends
        if exc.__class__.__name__ == "ValidationError":
            raise Http404("no such evidence item") from exc
        raise
