"""Writes to records. Each action: permission check, one transaction, one audit entry."""

from casevault.records.actions.cases import (
    case_add_event,
    case_add_person,
    case_create,
)
from casevault.records.actions.common import RecordError, record_update
from casevault.records.actions.events import (
    act_create,
    event_create,
    event_update,
    involvement_create,
)
from casevault.records.actions.legal import (
    intervention_create,
    proceeding_create,
    proceeding_party_add,
    proceeding_step_create,
)
from casevault.records.actions.people import (
    consent_create,
    organisation_create,
    person_add_name,
    person_create,
)
from casevault.records.actions.places import facility_create, place_create
from casevault.records.actions.sources import information_create, source_create
from casevault.records.actions.visits import visit_create

__all__ = [
    "RecordError",
    "act_create",
    "case_add_event",
    "case_add_person",
    "case_create",
    "consent_create",
    "event_create",
    "event_update",
    "facility_create",
    "information_create",
    "intervention_create",
    "involvement_create",
    "organisation_create",
    "person_add_name",
    "person_create",
    "place_create",
    "proceeding_create",
    "proceeding_party_add",
    "proceeding_step_create",
    "record_update",
    "source_create",
    "visit_create",
]
