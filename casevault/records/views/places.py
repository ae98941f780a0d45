from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casevault.records import actions, selectors
from casevault.records.models import Facility, MonitoringVisit
from casevault.records.views.common import (
    PersonLabels,
    describe_acts,
    lang,
    protected,
    show_date,
    user_of,
)


@protected
def place_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    places = selectors.places_for_user(user).select_related("parent", "facility")
    return render(request, "records/place_list.html", {"places": places.order_by("name")})


@protected
def place_detail(request: HttpRequest, pk: str) -> HttpResponse:
    """A place; for a facility, its visits, allegations and access denials over time."""
    user = user_of(request)
    place = selectors.place_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=place)
    facility = Facility.objects.filter(pk=place.pk).select_related("facility_type").first()
    visits = selectors.chronological(selectors.visits_for_user(user).filter(facility_id=place.pk))
    acts = selectors.chronological(
        selectors.acts_for_user(user)
        .filter(Q(place=place) | Q(place__isnull=True, event__place=place))
        .select_related("act_type", "victim", "place", "event")
    )
    return render(
        request,
        "records/place_detail.html",
        {
            "place": place,
            "facility": facility,
            "facility_type": facility.facility_type.label(lang()) if facility else "",
            "ancestors": [
                p
                for p in place.ancestors()
                if selectors.places_for_user(user).filter(pk=p.pk).exists()
            ],
            "visits": [{"obj": v, "date": show_date(v.date)} for v in visits],
            "denials": [
                {"obj": v, "date": show_date(v.date)}
                for v in visits
                if v.access == MonitoringVisit.Access.DENIED
            ],
            "allegations": describe_acts(user, acts),
            "children": selectors.places_for_user(user).filter(parent=place),
        },
    )


@protected
def visit_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    visit = selectors.visit_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=visit)
    team = list(visit.team.all())
    labels = PersonLabels(user, team)
    return render(
        request,
        "records/visit_detail.html",
        {
            "visit": visit,
            "date": show_date(visit.date),
            "team": [labels(p) for p in team],
        },
    )
