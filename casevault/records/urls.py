from django.urls import path

from casevault.records.views import (
    cases,
    event_parts,
    events,
    history,
    legal,
    people,
    places,
    sources,
)

app_name = "records"

urlpatterns = [
    path("cases/", cases.case_list, name="case_list"),
    path("cases/new/", cases.case_create, name="case_create"),
    path("cases/<uuid:pk>/", cases.case_detail, name="case_detail"),
    path("people/", people.person_list, name="person_list"),
    path("people/suggest/", people.person_suggest, name="person_suggest"),
    path("people/<uuid:pk>/", people.person_detail, name="person_detail"),
    path("organisations/<uuid:pk>/", people.organisation_detail, name="organisation_detail"),
    path("places/", places.place_list, name="place_list"),
    path("places/<uuid:pk>/", places.place_detail, name="place_detail"),
    path("visits/<uuid:pk>/", places.visit_detail, name="visit_detail"),
    path("proceedings/<uuid:pk>/", legal.proceeding_detail, name="proceeding_detail"),
    path("interventions/<uuid:pk>/", legal.intervention_detail, name="intervention_detail"),
    path("sources/<uuid:pk>/", sources.source_detail, name="source_detail"),
    path("events/new/", events.event_form, name="event_form"),
    path("events/<uuid:pk>/", events.event_detail, name="event_detail"),
    path("events/<uuid:pk>/edit/", events.event_form, name="event_form"),
    path("events/<uuid:pk>/acts/", event_parts.act_add, name="act_add"),
    path("events/<uuid:pk>/sources/", event_parts.event_source_add, name="event_source_add"),
    path("acts/<uuid:pk>/delete/", event_parts.act_delete, name="act_delete"),
    path("acts/<uuid:pk>/perpetrators/", event_parts.involvement_add, name="involvement_add"),
    path(
        "perpetrators/<uuid:pk>/delete/",
        event_parts.involvement_delete,
        name="involvement_delete",
    ),
    path(
        "information/<uuid:pk>/delete/",
        event_parts.information_delete,
        name="information_delete",
    ),
    path("history/<slug:kind>/<uuid:pk>/", history.revisions, name="revisions"),
]
