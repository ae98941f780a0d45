"""The steps of the "who did what to whom" form, each one transaction.

A victim or perpetrator typed for the first time is created in the same transaction as the
act that names them, so a failed act never leaves a stray person behind.
"""

from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.actions.common import RecordError, require_change
from casevault.records.actions.events import act_create, involvement_create
from casevault.records.actions.people import person_create
from casevault.records.actions.sources import information_create, source_create
from casevault.records.models import (
    Act,
    ActInvolvement,
    Event,
    Information,
    Organisation,
    Person,
    Source,
)


def act_add(
    *,
    actor: User,
    event: Event,
    act_type: str,
    victim: Person | None = None,
    new_victim_name: str = "",
    new_victim_confidentiality: str = Level.INTERNAL,
    description: str = "",
) -> Act:
    if victim is not None and new_victim_name.strip():
        raise RecordError("choose a recorded victim or name a new one, not both")
    require_change(actor, event)
    with transaction.atomic():
        if new_victim_name.strip():
            victim = person_create(
                actor=actor, names=[new_victim_name], confidentiality=new_victim_confidentiality
            )
        return act_create(
            actor=actor, event=event, act_type=act_type, victim=victim, description=description
        )


def perpetrator_add(
    *,
    actor: User,
    act: Act,
    degree: str,
    person: Person | None = None,
    new_person_name: str = "",
    organisation: Organisation | None = None,
    perpetrator_type: str | None = None,
    notes: str = "",
) -> ActInvolvement:
    if person is not None and new_person_name.strip():
        raise RecordError("choose a recorded perpetrator or name a new one, not both")
    require_change(actor, act)
    with transaction.atomic():
        if new_person_name.strip():
            # A perpetrator's record is as confidential as the act that names them.
            person = person_create(
                actor=actor, names=[new_person_name], confidentiality=act.confidentiality
            )
        return involvement_create(
            actor=actor,
            act=act,
            degree=degree,
            perpetrator_person=person,
            perpetrator_org=organisation,
            perpetrator_type=perpetrator_type,
            notes=notes,
        )


def event_source_add(
    *,
    actor: User,
    event: Event,
    source: Source | None = None,
    new_title: str = "",
    new_type: str = "",
    new_date: FuzzyDate | None = None,
    new_confidentiality: str = Level.INTERNAL,
    connection: str | None = None,
    summary: str = "",
) -> Information:
    """Attach a recorded source to an event, or record a new source and attach it."""
    if (source is None) == (not new_title.strip()):
        raise RecordError("choose a recorded source or give a new source a title")
    require_change(actor, event)
    with transaction.atomic():
        if source is None:
            cases = list(event.cases.all()[:2])
            source = source_create(
                actor=actor,
                source_type=new_type,
                title=new_title,
                date=new_date,
                # A new source joins the event's case when there is exactly one, so the
                # case team (and only it) can read it.
                case=cases[0] if len(cases) == 1 else None,
                confidentiality=new_confidentiality,
            )
        return information_create(
            actor=actor, source=source, event=event, connection=connection, summary=summary
        )
