from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casevault.records import actions, selectors
from casevault.records.models import PersonName
from casevault.records.views.common import PersonLabels, describe_acts, lang, protected, user_of


@protected
def person_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    query = request.GET.get("q", "").strip()[:200]
    if query:
        people = selectors.person_suggestions(user, query, limit=100)
    else:
        people = list(selectors.people_for_user(user).order_by("pseudonym")[:500])
    labels = PersonLabels(user, people)
    return render(
        request,
        "records/person_list.html",
        {"people": [(labels(p), p) for p in people], "query": query},
    )


@protected
def person_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    person = selectors.person_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=person)
    acts = selectors.acts_for_user(user).select_related("act_type", "victim", "place", "event")
    as_victim = list(selectors.chronological(acts.filter(victim=person)))
    as_perpetrator = list(
        selectors.chronological(acts.filter(involvements__perpetrator_person=person).distinct())
    )
    labels = PersonLabels(user, [person])
    # Both lists described together: one look-up of perpetrators, names and places.
    described = {
        d["obj"].pk: d
        for d in describe_acts(
            user, {a.pk: a for a in [*as_victim, *as_perpetrator]}.values(), labels
        )
    }
    return render(
        request,
        "records/person_detail.html",
        {
            "person": person,
            "label": labels(person),
            "names": PersonName.objects.filter(person=person),
            "birth_date": person.birth_date.display(lang()),
            "as_victim": [described[a.pk] for a in as_victim],
            "as_perpetrator": [described[a.pk] for a in as_perpetrator],
            "consents": [
                {"obj": c, "use": c.use.label(lang())}
                for c in selectors.consents_for_user(user)
                .filter(person=person)
                .select_related("use")
            ],
            "cases": selectors.cases_for_user(user).filter(people=person),
            "lang": lang(),
            "can_edit": selectors.can_edit(user, person),
        },
    )


@protected
def person_suggest(request: HttpRequest) -> HttpResponse:
    """People already recorded whose names match what is being typed (htmx partial)."""
    user = user_of(request)
    prefix = request.GET.get("prefix", "victim")
    if prefix not in {"victim", "perpetrator"}:
        prefix = "victim"
    typed = request.GET.get(f"{prefix}_name", "").strip()[:200]
    people = selectors.person_suggestions(user, typed) if len(typed) >= 2 else []
    labels = PersonLabels(user, people)
    return render(
        request,
        "records/partials/person_suggestions.html",
        {
            "prefix": prefix,
            "typed": typed,
            "suggestions": [labels(p) for p in people],
            "chosen": request.GET.get(f"{prefix}_choice", ""),
        },
    )


@protected
def organisation_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    organisation = selectors.organisation_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=organisation)
    acts = (
        selectors.acts_for_user(user)
        .filter(involvements__perpetrator_org=organisation)
        .select_related("act_type", "victim", "place", "event")
        .distinct()
    )
    return render(
        request,
        "records/organisation_detail.html",
        {
            "organisation": organisation,
            "children": selectors.organisations_for_user(user).filter(parent=organisation),
            "acts": describe_acts(user, selectors.chronological(acts)),
            "facilities": selectors.places_for_user(user).filter(facility__operator=organisation),
            "lang": lang(),
        },
    )
