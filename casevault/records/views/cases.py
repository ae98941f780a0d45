from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from casevault.accounts.models import CaseGrant, User
from casevault.accounts.permissions import has_perm
from casevault.records import actions, selectors
from casevault.records.forms import CaseForm, ChronologyFilterForm
from casevault.records.models import Case, Person
from casevault.records.views.common import (
    PersonLabels,
    describe_events,
    for_chronology,
    protected,
    user_of,
)

# Events shown per page of a case's chronology.
CHRONOLOGY_PAGE_SIZE = 50


@protected
def case_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    cases = selectors.cases_for_user(user).order_by("reference")
    return render(
        request,
        "records/case_list.html",
        {"cases": cases, "can_add": has_perm(user, "cases.add")},
    )


@protected
def case_create(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    if not has_perm(user, "cases.add"):
        raise PermissionDenied("your role cannot open cases")
    form = CaseForm(request.POST or None, clearance=user.clearance)
    if request.method == "POST" and form.is_valid():
        try:
            case = actions.case_open(actor=user, **form.cleaned_data)
        except actions.RecordError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("records:case_detail", pk=case.pk)
    return render(request, "records/case_form.html", {"form": form})


@protected
def case_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    case = selectors.case_get_for_user(user, pk)
    events = selectors.case_events(user, case)
    people = _case_people(user, case)
    labels = PersonLabels(user, people)
    person_choices = [(str(p.pk), labels(p)["text"]) for p in people]  # type: ignore[index]
    filters = ChronologyFilterForm(request.GET or None, people=person_choices)
    if filters.is_valid():
        if filters.cleaned_data["act_type"]:
            events = events.filter(acts__act_type__code=filters.cleaned_data["act_type"])
        if filters.cleaned_data["person"]:
            person_id = filters.cleaned_data["person"]
            events = events.filter(
                Q(acts__victim_id=person_id)
                | Q(acts__involvements__perpetrator_person_id=person_id)
            )
        events = selectors.chronological(events.distinct())
    # A long chronology comes a page at a time; "all" shows every event (for printing).
    show_all = request.GET.get("all") == "1"
    page = None
    if not show_all:
        page = Paginator(for_chronology(events), CHRONOLOGY_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        # Read the page's events once: the template's ``{% if page %}`` takes the page's
        # length, which would otherwise run the query again.
        page.object_list = list(page.object_list)
        events = page.object_list  # type: ignore[assignment]
    # The case's people include everyone its chronology names: one set of labels for both.
    chronology = describe_events(user, events, labels)
    query = request.GET.copy()
    for key in ("page", "all"):
        query.pop(key, None)
    actions.records_viewed(actor=user, records=[case, *(e["obj"] for e in chronology)])
    return render(
        request,
        "records/case_detail.html",
        {
            "case": case,
            "chronology": chronology,
            "page": page if page is not None and page.paginator.num_pages > 1 else None,
            "show_all": show_all,
            "query": query.urlencode(),
            "withheld": selectors.case_withheld_events(user, case),
            "team": CaseGrant.objects.filter(case=case)
            .select_related("user")
            .order_by("user__username"),
            "people": [(labels(p), p) for p in people],
            "filters": filters,
            "proceedings": selectors.proceedings_for_user(user).filter(case=case),
            "interventions": selectors.interventions_for_user(user).filter(case=case),
            "can_edit": selectors.can_edit(user, case),
        },
    )


def _case_people(user: User, case: Case) -> list[Person]:
    """Everyone on the case: its people list and the victims and perpetrators of the acts
    the reader can see.

    Names are resolved later (``PersonLabels``): a person above the reader's clearance is
    still listed, by pseudonym only.
    """
    acts = selectors.acts_for_user(user).filter(event__cases=case)
    perpetrators = selectors.involvements_for_user(user).filter(act__in=acts)
    # One query: the three lists are subqueries, not ids read out and sent back.
    on_case = (
        Q(pk__in=case.people.values("pk"))
        | Q(pk__in=acts.values("victim_id"))
        | Q(pk__in=perpetrators.values("perpetrator_person_id"))
    )
    # Shown by label only (``PersonLabels`` needs the id and pseudonym).
    return list(Person.objects.filter(on_case).order_by("pseudonym").only("id", "pseudonym"))
