from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.records import actions, selectors
from casevault.records.forms import (
    ACT_AUTO_ID,
    SOURCE_AUTO_ID,
    ActForm,
    EventForm,
    EventSourceForm,
    InvolvementForm,
    involvement_auto_id,
)
from casevault.records.models import Case, Event
from casevault.records.views.common import describe_events, protected, user_of


@protected
def event_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    event = selectors.event_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=event)
    return render(
        request,
        "records/event_detail.html",
        {
            "chronology": describe_events(user, [event]),
            "event": event,
            "cases": selectors.cases_for_user(user).filter(events=event),
            "can_edit": selectors.can_edit(user, event),
        },
    )


def place_choices(user: User) -> list[tuple[str, str]]:
    return [(str(p.pk), p.name) for p in selectors.places_for_user(user).order_by("name")[:1000]]


@protected
def event_form(request: HttpRequest, pk: str | None = None) -> HttpResponse:
    """Create an event, or edit one with its acts, perpetrators and sources, on one page."""
    user = user_of(request)
    event = selectors.event_get_for_user(user, pk, edit=True) if pk else None
    case = _case_to_add_to(request, user) if event is None else None
    if event is None and not has_perm(user, "records.add"):
        raise PermissionDenied("your role cannot record events")
    initial = _event_initial(event) if event else {}
    form = EventForm(
        request.POST or None,
        initial=initial,
        clearance=user.clearance,
        places=place_choices(user),
    )
    saved = False
    if request.method == "POST" and form.is_valid():
        try:
            event, created = _save_event(user, event, case, form.cleaned_data)
        except actions.RecordError as exc:
            form.add_error(None, str(exc))
        else:
            edit_url = reverse("records:event_form", kwargs={"pk": event.pk})
            if not request.htmx:  # type: ignore[attr-defined]
                return redirect(edit_url)
            saved = True
            form = EventForm(
                initial=_event_initial(event), clearance=user.clearance, places=place_choices(user)
            )
            response = render(
                request,
                "records/partials/event_editor.html",
                editor_context(request, user, event, form=form, saved=saved),
            )
            if created:
                response["HX-Push-Url"] = edit_url
            return response
    context = editor_context(request, user, event, form=form, case=case)
    template = "records/partials/event_editor.html" if request.htmx else "records/event_form.html"  # type: ignore[attr-defined]
    return render(request, template, context, status=400 if form.errors else 200)


def _case_to_add_to(request: HttpRequest, user: User) -> Case | None:
    case_id = request.GET.get("case") or request.POST.get("case")
    if not case_id:
        return None
    return selectors.case_get_for_user(user, case_id, edit=True)


def _event_initial(event: Event) -> dict[str, Any]:
    return {
        "title": event.title,
        "date": event.date.to_text() if not event.date.is_unknown else "",
        "place": str(event.place_id or ""),
        "location_detail": event.location_detail,
        "description": event.description,
        "confidentiality": event.confidentiality,
    }


def _save_event(
    user: User, event: Event | None, case: Case | None, data: dict[str, Any]
) -> tuple[Event, bool]:
    place = selectors.place_get_for_user(user, data["place"]) if data["place"] else None
    fields = {
        "title": data["title"],
        "date": data["date"],
        "description": data["description"],
        "place": place,
        "location_detail": data["location_detail"],
        "confidentiality": data["confidentiality"],
    }
    if event is None:
        event = actions.event_create(actor=user, **fields)
        if case is not None:
            actions.case_add_event(actor=user, case=case, event=event)
        return event, True
    changes = {k: v for k, v in fields.items() if _differs(event, k, v)}
    return actions.record_update(actor=user, record=event, changes=changes), False


def _differs(event: Event, name: str, value: Any) -> bool:
    return getattr(event, name) != value


def editor_context(
    request: HttpRequest,
    user: User,
    event: Event | None,
    *,
    form: EventForm | None = None,
    case: Case | None = None,
    act_form: ActForm | None = None,
    involvement_form: InvolvementForm | None = None,
    involvement_act: Any = None,
    source_form: EventSourceForm | None = None,
    saved: bool = False,
) -> dict[str, Any]:
    """Everything the event editor and its htmx parts render."""
    context: dict[str, Any] = {
        "event": event,
        "form": form,
        "case": case,
        "saved": saved,
        "form_url": (
            reverse("records:event_form", kwargs={"pk": event.pk})
            if event
            else reverse("records:event_form") + (f"?case={case.pk}" if case else "")
        ),
    }
    if event is None:
        return context
    organisations = [
        (str(o.pk), o.name) for o in selectors.organisations_for_user(user).order_by("name")[:1000]
    ]
    sources = [
        (str(s.pk), s.title) for s in selectors.sources_for_user(user).order_by("title")[:1000]
    ]
    item = describe_events(user, [event])[0]
    for act in item["acts"]:
        if involvement_form is not None and act["obj"].pk == involvement_act:
            act["inv_form"] = involvement_form
        else:
            act["inv_form"] = InvolvementForm(
                organisations=organisations, auto_id=involvement_auto_id(act["obj"].pk)
            )
    act_form = act_form or ActForm(clearance=user.clearance, auto_id=ACT_AUTO_ID)
    source_form = source_form or EventSourceForm(
        clearance=user.clearance, sources=sources, auto_id=SOURCE_AUTO_ID
    )
    context.update(item=item, act_form=act_form, source_form=source_form)
    return context
