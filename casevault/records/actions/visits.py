from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.actions.common import create_record
from casevault.records.models import Facility, MonitoringVisit, Person, VisitMember


def visit_create(
    *,
    actor: User,
    facility: Facility,
    date: FuzzyDate,
    team: list[Person] | None = None,
    access: str = MonitoringVisit.Access.GRANTED,
    denial_reason: str = "",
    conditions: str = "",
    interviews_count: int = 0,
    findings: str = "",
    confidentiality: str = Level.INTERNAL,
) -> MonitoringVisit:
    visit = MonitoringVisit(
        facility=facility,
        access=access,
        denial_reason=denial_reason,
        conditions=conditions,
        interviews_count=interviews_count,
        findings=findings,
        confidentiality=Level(confidentiality),
    )
    visit.date = date
    with transaction.atomic():
        create_record(actor, visit, "visit.create", access=access)
        for person in team or []:
            VisitMember.objects.create(visit=visit, person=person)
    return visit
