from casevault.records.models.base import FuzzyDateAttr, Record
from casevault.records.models.cases import Case, CaseEvent, CasePerson, Counter
from casevault.records.models.events import Act, ActInvolvement, ActMethod, Event
from casevault.records.models.legal import (
    Intervention,
    Proceeding,
    ProceedingParty,
    ProceedingStep,
)
from casevault.records.models.people import Consent, Organisation, Person, PersonName
from casevault.records.models.places import Facility, Place
from casevault.records.models.sources import Information, Source
from casevault.records.models.visits import MonitoringVisit, VisitMember

__all__ = [
    "Act",
    "ActInvolvement",
    "ActMethod",
    "Case",
    "CaseEvent",
    "CasePerson",
    "Consent",
    "Counter",
    "Event",
    "Facility",
    "FuzzyDateAttr",
    "Information",
    "Intervention",
    "MonitoringVisit",
    "Organisation",
    "Person",
    "PersonName",
    "Place",
    "Proceeding",
    "ProceedingParty",
    "ProceedingStep",
    "Record",
    "Source",
    "VisitMember",
]
