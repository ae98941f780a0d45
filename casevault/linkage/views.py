"""The review page (candidate pairs side by side) and the entity page (linked records).

Both need the "linkage.review" permission; a role without it gets 403, and an entity or
decision on people the reviewer may not see is a 404, the same as a missing one. Accept,
reject and undo are plain form posts answered with a redirect, so the pages work without
JavaScript under the strict CSP.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from casevault.accounts.models import User
from casevault.linkage import actions, selectors
from casevault.records import selectors as records


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by login_required
    return user


def _lang() -> str:
    return (get_language() or "en").split("-")[0]


class ThresholdForm(forms.Form):
    threshold = forms.FloatField(
        min_value=0.01, max_value=1.0, required=False, initial=actions.REVIEW_THRESHOLD
    )
    retrain = forms.BooleanField(required=False)


class PairForm(forms.Form):
    person_a = forms.UUIDField()
    person_b = forms.UUIDField()
    score = forms.FloatField(min_value=0.0, max_value=1.0, required=False)
    model_version = forms.CharField(max_length=120, required=False)


@login_required
@require_GET
def review(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    selectors.require_reviewer(user)
    form = ThresholdForm(request.GET or None)
    threshold = actions.REVIEW_THRESHOLD
    retrain = False
    if form.is_valid():
        if form.cleaned_data["threshold"] is not None:
            threshold = form.cleaned_data["threshold"]
        retrain = form.cleaned_data["retrain"]
    candidates = actions.link_run(actor=user, threshold=threshold, retrain=retrain)
    pairs = selectors.candidate_pairs_for_review(
        user, candidates.pairs, candidates.model_version, lang=_lang()
    )
    return render(
        request,
        "linkage/review.html",
        {
            "form": form,
            "threshold": threshold,
            "pairs": pairs,
            "total": len(candidates.pairs),
            "record_count": len(candidates.records),
            "model_version": candidates.model_version,
            "decisions": selectors.decisions_for_user(user, limit=20),
        },
    )


def _decide(request: HttpRequest, accept: bool) -> HttpResponse:
    user = _user(request)
    selectors.require_reviewer(user)
    form = PairForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The pair could not be read: reload the page and try again."))
        return redirect("linkage:review")
    data = form.cleaned_data
    left = records.person_get_for_user(user, data["person_a"])
    right = records.person_get_for_user(user, data["person_b"])
    decide = actions.link_accept if accept else actions.link_reject
    try:
        decision = decide(
            actor=user,
            person_a=left,
            person_b=right,
            score=data["score"],
            model_version=data["model_version"] or "",
        )
    except actions.LinkageError as exc:
        messages.error(request, str(exc))
        return redirect("linkage:review")
    if decision.entity_id is not None:
        messages.success(request, _("Linked: both records are kept and now belong to one person."))
        return redirect("linkage:entity", pk=decision.entity_id)
    messages.success(request, _("Rejected: the pair will not be proposed again."))
    return redirect("linkage:review")


@login_required
@require_POST
def accept(request: HttpRequest) -> HttpResponse:
    return _decide(request, accept=True)


@login_required
@require_POST
def reject(request: HttpRequest) -> HttpResponse:
    return _decide(request, accept=False)


@login_required
@require_GET
def entity(request: HttpRequest, pk: str) -> HttpResponse:
    user = _user(request)
    found = selectors.entity_get_for_user(user, pk)
    page = selectors.entity_page(user, found, lang=_lang())
    return render(request, "linkage/entity.html", {"page": page})


@login_required
@require_GET
def entity_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    selectors.require_reviewer(user)
    return render(
        request, "linkage/entity_list.html", {"entities": selectors.entity_summaries(user)}
    )


@login_required
@require_POST
def undo(request: HttpRequest, pk: str) -> HttpResponse:
    user = _user(request)
    decision = selectors.decision_get_for_user(user, pk)
    try:
        actions.link_undo(actor=user, decision=decision)
    except actions.LinkageError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Undone: the records are no longer linked by this decision."))
    if decision.entity_id is not None:
        still_visible = selectors.entities_for_user(user).filter(pk=decision.entity_id).exists()
        if still_visible:
            return redirect("linkage:entity", pk=decision.entity_id)
    return redirect("linkage:review")
