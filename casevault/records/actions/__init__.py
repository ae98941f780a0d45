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
from casevault.records.actions.opening import case_open
from casevault.records.actions.people import (
    consent_create,
    organisation_create,
    person_add_name,
    person_create,
)
from casevault.records.actions.places import facility_create, place_create
from casevault.records.actions.recording import act_add, event_source_add, perpetrator_add
from casevault.records.actions.removals import act_delete, information_delete, involvement_delete
from casevault.records.actions.sources import information_create, source_create
from casevault.records.actions.viewing import record_viewed, records_viewed
from casevault.records.actions.visits import visit_create

__all__ = [
    "RecordError",
    "act_add",
    "act_create",
    "act_delete",
    "case_add_event",
    "case_add_person",
    "case_create",
    "case_open",
    "consent_create",
    "event_create",
    "event_source_add",
    "event_update",
    "facility_create",
    "information_create",
    "information_delete",
    "intervention_create",
    "involvement_create",
    "involvement_delete",
    "organisation_create",
    "person_add_name",
    "perpetrator_add",
    "person_create",
    "place_create",
    "proceeding_create",
    "proceeding_party_add",
    "proceeding_step_create",
    "record_update",
    "record_viewed",
    "records_viewed",
    "source_create",
    "visit_create",
]
