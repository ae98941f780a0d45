"""The htmx parts of the event editor: add or remove acts, perpetrators and sources.

Each answers an htmx request with the re-rendered part, and a plain form post (no
JavaScript) with a redirect back to the editor, so the page works either way.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from casevault.accounts.models import User
from casevault.records import actions, selectors
from casevault.records.forms import (
    ACT_AUTO_ID,
    SOURCE_AUTO_ID,
    ActForm,
    EventSourceForm,
    InvolvementForm,
    involvement_auto_id,
)
from casevault.records.models import Event, Person
from casevault.records.views.common import PersonLabels, protected, user_of
from casevault.records.views.events import editor_context


def _part(
    request: HttpRequest,
    user: User,
    event: Event,
    template: str,
    status: int = 200,
    **extra: object,
) -> HttpResponse:
    if not request.htmx:  # type: ignore[attr-defined]
        if status == 200:
            return redirect("records:event_form", pk=event.pk)
        return render(
            request,
            "records/event_form.html",
            editor_context(request, user, event, **extra),  # type: ignore[arg-type]
            status=status,
        )
    return render(
        request,
        template,
        editor_context(request, user, event, **extra),  # type: ignore[arg-type]
        status=status,
    )


def _resolve_person(
    user: User, form: ActForm | InvolvementForm, prefix: str
) -> tuple[Person | None, str, list[Person]]:
    """The recorded person picked, or the name of a new one; the matches if undecided."""
    name, choice = form.pick(prefix)
    if choice == "new":
        if not name:
            form.add_error(f"{prefix}_name", _("Type the name of the new person."))
        return None, name, []
    if choice:
        try:
            return selectors.person_get_for_user(user, choice), "", []
        except Http404:
            form.add_error(f"{prefix}_name", _("That person is no longer available: choose again."))
            return None, "", []
    if not name:
        return None, "", []
    matches = selectors.person_suggestions(user, name)
    if matches:
        form.add_error(
            f"{prefix}_name",
            _(
                "People already recorded match this name: choose one of them, "
                "or choose 'a new person' if none is the same."
            ),
        )
        return None, "", matches
    return None, name, []


@protected
@require_POST
def act_add(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    event = selectors.event_get_for_user(user, pk, edit=True)
    form = ActForm(request.POST, clearance=user.clearance, auto_id=ACT_AUTO_ID)
    victim: Person | None = None
    new_name, matches = "", list[Person]()
    if form.is_valid():
        victim, new_name, matches = _resolve_person(user, form, "victim")
    if form.is_valid() and not form.errors:
        try:
            actions.act_add(
                actor=user,
                event=event,
                act_type=form.cleaned_data["act_type"],
                victim=victim,
                new_victim_name=new_name,
                new_victim_confidentiality=form.cleaned_data["victim_confidentiality"]
                or event.confidentiality,
                description=form.cleaned_data["description"],
            )
        except actions.RecordError as exc:
            form.add_error(None, str(exc))
        else:
            return _part(request, user, event, "records/partials/event_acts.html")
    form.suggestions = [PersonLabels(user, matches)(p) for p in matches]  # type: ignore[attr-defined]
    return _part(request, user, event, "records/partials/event_acts.html", 400, act_form=form)


@protected
@require_POST
def act_delete(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    act = selectors.act_get_for_user(user, pk, edit=True)
    event = act.event
    actions.act_delete(actor=user, act=act)
    return _part(request, user, event, "records/partials/event_acts.html")


@protected
@require_POST
def involvement_add(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    act = selectors.act_get_for_user(user, pk, edit=True)
    organisations = [
        (str(o.pk), o.name) for o in selectors.organisations_for_user(user).order_by("name")[:1000]
    ]
    form = InvolvementForm(
        request.POST, organisations=organisations, auto_id=involvement_auto_id(act.pk)
    )
    person: Person | None = None
    new_name, matches = "", list[Person]()
    if form.is_valid():
        person, new_name, matches = _resolve_person(user, form, "perpetrator")
    if form.is_valid() and not form.errors:
        org_id = form.cleaned_data["perpetrator_org"]
        try:
            actions.perpetrator_add(
                actor=user,
                act=act,
                degree=form.cleaned_data["degree"],
                person=person,
                new_person_name=new_name,
                organisation=selectors.organisation_get_for_user(user, org_id) if org_id else None,
                perpetrator_type=form.cleaned_data["perpetrator_type"] or None,
                notes=form.cleaned_data["notes"],
            )
        except actions.RecordError as exc:
            form.add_error(None, str(exc))
        else:
            return _part(request, user, act.event, "records/partials/event_acts.html")
    form.suggestions = [PersonLabels(user, matches)(p) for p in matches]  # type: ignore[attr-defined]
    return _part(
        request,
        user,
        act.event,
        "records/partials/event_acts.html",
        400,
        involvement_form=form,
        involvement_act=act.pk,
    )


@protected
@require_POST
def involvement_delete(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    involvement = selectors.involvement_get_for_user(user, pk, edit=True)
    event = involvement.act.event
    actions.involvement_delete(actor=user, involvement=involvement)
    return _part(request, user, event, "records/partials/event_acts.html")


@protected
@require_POST
def event_source_add(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    event = selectors.event_get_for_user(user, pk, edit=True)
    sources = [(str(s.pk), s.title) for s in selectors.sources_for_user(user).order_by("title")]
    form = EventSourceForm(
        request.POST, clearance=user.clearance, sources=sources, auto_id=SOURCE_AUTO_ID
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.event_source_add(
                actor=user,
                event=event,
                source=selectors.source_get_for_user(user, data["source"])
                if data["source"]
                else None,
                new_title=data["new_title"],
                new_type=data["new_type"],
                new_date=data["new_date"],
                new_confidentiality=data["confidentiality"] or event.confidentiality,
                connection=data["connection"] or None,
                summary=data["summary"],
            )
        except actions.RecordError as exc:
            form.add_error(None, str(exc))
        else:
            return _part(request, user, event, "records/partials/event_sources.html")
    return _part(request, user, event, "records/partials/event_sources.html", 400, source_form=form)


@protected
@require_POST
def information_delete(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    information = selectors.information_get_for_user(user, pk, edit=True)
    event = information.event
    if event is None:
        raise Http404("no such record")
    actions.information_delete(actor=user, information=information)
    return _part(request, user, event, "records/partials/event_sources.html")
