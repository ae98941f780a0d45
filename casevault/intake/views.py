"""The review queue and the review page of one imported document.

Accept and reject answer an htmx request with the draft's re-rendered card, and a plain
form post (no JavaScript) with a redirect back to the page, so the page works either way.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.intake import actions, selectors
from casevault.intake.forms import DraftReview, initial_review, posted_review
from casevault.intake.highlight import highlight
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.records import selectors as records


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by login_required
    return user


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not has_perm(user, "intake.review"):
        raise PermissionDenied("reviewing imported documents is not part of your role")
    return render(request, "intake/queue.html", {"documents": selectors.queue_for_user(user)})


@login_required
@require_GET
def review(request: HttpRequest, pk: str) -> HttpResponse:
    user = _user(request)
    document = selectors.document_get_for_user(user, pk)
    return render(request, "intake/review.html", _page(user, document))


def _drafts(document: ImportedDocument) -> list[DraftEvent]:
    return list(document.drafts.select_related("reviewer").order_by("position"))


def _page(
    user: User, document: ImportedDocument, replaced: DraftReview | None = None
) -> dict[str, Any]:
    drafts = _drafts(document)
    cards = []
    for number, draft in enumerate(drafts, start=1):
        if replaced is not None and replaced.draft.pk == draft.pk:
            cards.append(_card(user, replaced))
        else:
            cards.append(_card(user, initial_review(user, draft, number)))
    return {
        "document": document,
        "text": highlight(document.text, [d.evidence for d in drafts]),
        "cards": cards,
        "can_accept": selectors.documents_for_user(user, edit=True).filter(pk=document.pk).exists(),
    }


def _card(user: User, review: DraftReview) -> dict[str, Any]:
    draft = review.draft
    event = None
    if draft.event_id is not None:
        event = records.events_for_user(user).filter(pk=draft.event_id).first()
    try:
        proposed = FuzzyDate.from_dict(draft.data["date"]).display(_lang())
    except (FuzzyDateError, KeyError):
        proposed = ""
    return {"review": review, "draft": draft, "event": event, "proposed_date": proposed}


def _lang() -> str:
    return (get_language() or "en").split("-")[0]


def _number(draft: DraftEvent) -> int:
    return draft.position + 1


def _answer(
    request: HttpRequest, user: User, review: DraftReview, ok: bool, done: str = ""
) -> HttpResponse:
    document = review.draft.document
    if request.htmx:  # type: ignore[attr-defined]
        can_accept = selectors.documents_for_user(user, edit=True).filter(pk=document.pk).exists()
        # 200 even for a form with errors: htmx swaps only successful responses by default.
        return render(
            request,
            "intake/partials/draft_card.html",
            {**_card(user, review), "document": document, "can_accept": can_accept},
        )
    if ok:
        messages.success(request, done)
        return redirect("intake:review", pk=document.pk)
    return render(request, "intake/review.html", _page(user, document, review), status=400)


@login_required
@require_POST
def accept(request: HttpRequest, pk: str) -> HttpResponse:
    user = _user(request)
    draft = selectors.draft_get_for_user(user, pk, edit=True)
    review = posted_review(user, draft, _number(draft), request.POST)
    if review.is_valid():
        try:
            actions.draft_accept(actor=user, draft=draft, edits=review.edits())
        except (actions.IntakeError, ValidationError) as exc:
            review.error = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            draft.refresh_from_db()  # another reviewer may have decided it meanwhile
        else:
            draft.refresh_from_db()
            fresh = initial_review(user, draft, _number(draft))
            return _answer(request, user, fresh, True, _("The draft is now a recorded event."))
    return _answer(request, user, review, False)


@login_required
@require_POST
def reject(request: HttpRequest, pk: str) -> HttpResponse:
    user = _user(request)
    draft = selectors.draft_get_for_user(user, pk)
    reason = request.POST.get("reason", "").strip()[:2000]
    review = initial_review(user, draft, _number(draft))
    try:
        actions.draft_reject(actor=user, draft=draft, reason=reason)
    except actions.IntakeError as exc:
        draft.refresh_from_db()
        review.error = str(exc)
        return _answer(request, user, review, False)
    draft.refresh_from_db()
    fresh = initial_review(user, draft, _number(draft))
    return _answer(request, user, fresh, True, _("The draft was rejected."))
