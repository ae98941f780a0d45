from __future__ import annotations

import datetime

from django.db import transaction

from casevault.accounts.models import CaseGrant, Role, User
from casevault.audit import log as audit
from casevault.lib.levels import Level
from casevault.records.actions.cases import case_create
from casevault.records.models import Case


def case_open(
    *,
    actor: User,
    title: str,
    summary: str = "",
    opened_on: datetime.date | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Case:
    """Create a case and put its creator on the team.

    Access to cases is by grant: without one, a documenter who opens a case would lose it
    the moment it is saved. Coordinators and admins see every case and get no grant.
    """
    with transaction.atomic():
        case = case_create(
            actor=actor,
            title=title,
            summary=summary,
            opened_on=opened_on,
            confidentiality=confidentiality,
        )
        if not actor.is_system and actor.role not in {Role.COORDINATOR, Role.ADMIN}:
            CaseGrant.objects.create(user=actor, case=case, can_edit=True)
            audit.record(
                actor=actor,
                verb="case.grant",
                target=case,
                details={"user": actor.username, "can_edit": True},
                revision=False,
            )
    return case
