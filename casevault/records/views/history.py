from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from casevault.audit.models import Revision
from casevault.audit.snapshot import model_label
from casevault.records import actions, selectors
from casevault.records.models import Facility, Place
from casevault.records.views.common import protected, user_of

# Bookkeeping columns that change with every save and say nothing to a reader.
_QUIET = frozenset({"updated_at"})


def revision_diffs(revisions: list[Revision]) -> list[dict[str, Any]]:
    """Each revision with the fields that differ from the one before it."""
    rows: list[dict[str, Any]] = []
    # A facility is two rows (place and facility), each with its own revisions.
    previous: dict[str, dict[str, Any]] = {}
    for revision in revisions:
        before = previous.get(revision.target_type, {})
        after = revision.data or {}
        changes = [
            {"field": name, "old": before.get(name), "new": after.get(name)}
            for name in sorted(set(before) | set(after))
            if name not in _QUIET and before.get(name) != after.get(name)
        ]
        rows.append({"revision": revision, "changes": changes, "first": not before})
        previous[revision.target_type] = after
    return rows


@protected
def revisions(request: HttpRequest, kind: str, pk: str) -> HttpResponse:
    """A record's history: who changed what and when, each change against the previous."""
    user = user_of(request)
    getter = selectors.RECORD_KINDS.get(kind)
    if getter is None:
        raise Http404("no such record")
    record = getter(user, pk)
    actions.record_viewed(actor=user, record=record)
    labels = {model_label(type(record))}
    if isinstance(record, Place):
        labels.add(model_label(Facility))
    history = Revision.objects.filter(target_id=str(record.pk), target_type__in=labels)
    return render(
        request,
        "records/revisions.html",
        {
            "record": record,
            "kind": kind,
            "rows": list(reversed(revision_diffs(list(history.order_by("audit_seq"))))),
        },
    )
