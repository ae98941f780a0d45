from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import User
from casevault.audit import log as audit
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.actions.common import (
    RecordError,
    create_record,
    require_change,
    required_term,
    term,
)
from casevault.records.models import (
    Case,
    Intervention,
    Organisation,
    Person,
    Proceeding,
    ProceedingParty,
    ProceedingStep,
)


def proceeding_create(
    *,
    actor: User,
    proceeding_type: str,
    title: str,
    case: Case | None = None,
    legal_basis: str = "",
    reference_number: str = "",
    authority: Organisation | None = None,
    opened: FuzzyDate | None = None,
    status: str = Proceeding.Status.ONGOING,
    outcome: str = "",
    remedies_exhausted: bool | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Proceeding:
    proceeding = Proceeding(
        case=case,
        proceeding_type=required_term("proceeding_type", proceeding_type),
        title=title.strip(),
        legal_basis=legal_basis,
        reference_number=reference_number,
        authority=authority,
        status=status,
        outcome=outcome,
        remedies_exhausted=remedies_exhausted,
        confidentiality=Level(confidentiality),
    )
    proceeding.opened = opened or FuzzyDate.unknown()
    return create_record(actor, proceeding, "proceeding.create")


def proceeding_party_add(
    *,
    actor: User,
    proceeding: Proceeding,
    role: str,
    person: Person | None = None,
    organisation: Organisation | None = None,
) -> ProceedingParty:
    if (person is None) == (organisation is None):
        raise RecordError("a party is either a person or an organisation")
    require_change(actor, proceeding)
    with transaction.atomic():
        party = ProceedingParty.objects.create(
            proceeding=proceeding, role=role, person=person, organisation=organisation
        )
        audit.record(
            actor=actor,
            verb="proceeding.add_party",
            target=proceeding,
            details={"role": role},
            revision=False,
        )
    return party


def proceeding_step_create(
    *,
    actor: User,
    proceeding: Proceeding,
    step_type: str,
    date: FuzzyDate,
    description: str = "",
    outcome: str = "",
) -> ProceedingStep:
    step = ProceedingStep(
        proceeding=proceeding,
        step_type=required_term("proceeding_step", step_type),
        description=description,
        outcome=outcome,
        confidentiality=proceeding.confidentiality,
    )
    step.date = date
    return create_record(actor, step, "proceeding_step.create", step_type=step_type)


def intervention_create(
    *,
    actor: User,
    intervention_type: str,
    title: str,
    date: FuzzyDate,
    case: Case | None = None,
    by_org: Organisation | None = None,
    addressee: Organisation | None = None,
    summary: str = "",
    status: str = Intervention.Status.SENT,
    response: str | None = None,
    response_date: FuzzyDate | None = None,
    response_text: str = "",
    confidentiality: str = Level.INTERNAL,
) -> Intervention:
    intervention = Intervention(
        case=case,
        intervention_type=required_term("intervention_type", intervention_type),
        title=title.strip(),
        by_org=by_org,
        addressee=addressee,
        summary=summary,
        status=status,
        response=term("intervention_response", response),
        response_text=response_text,
        confidentiality=Level(confidentiality),
    )
    intervention.date = date
    intervention.response_date = response_date or FuzzyDate.unknown()
    return create_record(actor, intervention, "intervention.create")
