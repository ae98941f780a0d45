from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.lib.levels import Level
from casevault.records.actions.common import RecordError, next_counter, require_change
from casevault.records.models import Case, CaseEvent, CasePerson, Event, Person
from casevault.search.index import index_record


def case_create(
    *,
    actor: User,
    title: str,
    summary: str = "",
    reference: str | None = None,
    opened_on: datetime.date | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Case:
    if not title.strip():
        raise RecordError("a case needs a title")
    case = Case(
        title=title.strip(),
        summary=summary,
        opened_on=opened_on,
        confidentiality=Level(confidentiality),
    )
    require(actor, "cases.add", case)
    with transaction.atomic():
        if reference is None:
            year = timezone.now().year
            reference = f"CV-{year}-{next_counter(f'case-reference-{year}'):04d}"
        elif Case.objects.filter(reference=reference).exists():
            raise RecordError(f"case reference {reference!r} is already used")
        case.reference = reference
        case.full_clean(exclude=["id"])
        case.save(force_insert=True)
        audit.record(actor=actor, verb="case.create", target=case)
        index_record(case)
    return case


def case_add_event(*, actor: User, case: Case, event: Event) -> None:
    require_change(actor, case)
    with transaction.atomic():
        _, created = CaseEvent.objects.get_or_create(case=case, event=event)
        if created:
            audit.record(
                actor=actor,
                verb="case.add_event",
                target=case,
                details={"event": str(event.pk)},
                revision=False,
            )


def case_add_person(*, actor: User, case: Case, person: Person, role: str = "") -> None:
    require_change(actor, case)
    with transaction.atomic():
        link, created = CasePerson.objects.get_or_create(
            case=case, person=person, defaults={"role": role}
        )
        if created:
            audit.record(
                actor=actor,
                verb="case.add_person",
                target=case,
                details={"person": str(person.pk), "role": role},
                revision=False,
            )
