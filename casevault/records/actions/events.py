from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.actions.common import (
    RecordError,
    create_record,
    record_update,
    require_change,
    required_term,
    term,
)
from casevault.records.models import (
    Act,
    ActInvolvement,
    ActMethod,
    Event,
    Organisation,
    Person,
    Place,
)


def event_create(
    *,
    actor: User,
    title: str,
    date: FuzzyDate,
    description: str = "",
    place: Place | None = None,
    location_detail: str = "",
    confidentiality: str = Level.INTERNAL,
) -> Event:
    if not title.strip():
        raise RecordError("an event needs a title: say in a few words what happened")
    event = Event(
        title=title.strip(),
        description=description,
        place=place,
        location_detail=location_detail,
        confidentiality=Level(confidentiality),
    )
    event.date = date
    return create_record(actor, event, "event.create")


def event_update(*, actor: User, event: Event, title: str, date: FuzzyDate) -> Event:
    return record_update(actor=actor, record=event, changes={"title": title, "date": date})


def act_create(
    *,
    actor: User,
    event: Event,
    act_type: str,
    victim: Person | None = None,
    victim_status: str | None = None,
    date: FuzzyDate | None = None,
    place: Place | None = None,
    methods: list[str] | None = None,
    description: str = "",
    confidentiality: str | None = None,
) -> Act:
    act = Act(
        event=event,
        act_type=required_term("act_type", act_type),
        victim=victim,
        victim_status=term("victim_status", victim_status),
        place=place or event.place,
        description=description,
        confidentiality=Level(confidentiality or event.confidentiality),
    )
    act.date = date or event.date
    method_terms = [required_term("method", m) for m in methods or []]
    require_change(actor, event)
    with transaction.atomic():
        create_record(actor, act, "act.create", act_type=act_type)
        for method in method_terms:
            ActMethod.objects.create(act=act, method=method)
    return act


def involvement_create(
    *,
    actor: User,
    act: Act,
    degree: str,
    perpetrator_person: Person | None = None,
    perpetrator_org: Organisation | None = None,
    perpetrator_type: str | None = None,
    notes: str = "",
) -> ActInvolvement:
    if perpetrator_person is None and perpetrator_org is None and not perpetrator_type:
        raise RecordError(
            "name the perpetrator: a person, an organisation, or at least a type such as police"
        )
    involvement = ActInvolvement(
        act=act,
        degree=required_term("involvement_degree", degree),
        perpetrator_person=perpetrator_person,
        perpetrator_org=perpetrator_org,
        perpetrator_type=term("perpetrator_type", perpetrator_type),
        notes=notes,
        confidentiality=act.confidentiality,
    )
    return create_record(actor, involvement, "involvement.create", degree=degree)
