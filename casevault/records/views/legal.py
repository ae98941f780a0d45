from __future__ import annotations

from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from casevault.accounts.models import User
from casevault.records import actions, selectors
from casevault.records.models import Case, ProceedingParty, ProceedingStep
from casevault.records.views.common import (
    PersonLabels,
    Readable,
    lang,
    protected,
    show_date,
    user_of,
)

HEARING = "hearing"


@protected
def proceeding_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    proceeding = selectors.proceeding_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=proceeding)
    steps = list(
        selectors.chronological(
            selectors.visible(user, ProceedingStep.objects.filter(proceeding=proceeding))
        ).select_related("step_type")
    )
    today = timezone.localdate()
    upcoming = [
        s
        for s in steps
        if s.step_type.code == HEARING and s.date_start is not None and s.date_start >= today
    ]
    parties = list(
        ProceedingParty.objects.filter(proceeding=proceeding).select_related(
            "person", "organisation"
        )
    )
    labels = PersonLabels(user, [p.person for p in parties])
    orgs = Readable(
        user,
        selectors.organisations_for_user,
        [p.organisation for p in parties] + [proceeding.authority],
    )
    return render(
        request,
        "records/proceeding_detail.html",
        {
            "proceeding": proceeding,
            "opened": show_date(proceeding.opened),
            "type": proceeding.proceeding_type.label(lang()),
            "steps": [
                {"obj": s, "date": show_date(s.date), "type": s.step_type.label(lang())}
                for s in steps
            ],
            "next_hearing": (
                {"obj": upcoming[0], "date": show_date(upcoming[0].date)} if upcoming else None
            ),
            "parties": [
                {
                    "role": p.get_role_display(),
                    "person": labels(p.person),
                    "org": orgs(p.organisation),
                }
                for p in parties
            ],
            "authority": orgs(proceeding.authority),
            "case": _visible_case(user, proceeding.case_id),
        },
    )


@protected
def intervention_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    intervention = selectors.intervention_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=intervention)
    orgs = Readable(
        user, selectors.organisations_for_user, [intervention.by_org, intervention.addressee]
    )
    return render(
        request,
        "records/intervention_detail.html",
        {
            "intervention": intervention,
            "date": show_date(intervention.date),
            "type": intervention.intervention_type.label(lang()),
            "response": intervention.response.label(lang()) if intervention.response else "",
            "response_date": show_date(intervention.response_date),
            "by_org": orgs(intervention.by_org),
            "addressee": orgs(intervention.addressee),
            "case": _visible_case(user, intervention.case_id),
        },
    )


def _visible_case(user: User, case_id: UUID | None) -> Case | None:
    if case_id is None:
        return None
    return selectors.cases_for_user(user).filter(pk=case_id).first()
