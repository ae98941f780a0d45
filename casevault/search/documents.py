"""What each kind of record is found by: its own text and the text of related records.

Decisions (the ones a reader of search results would ask about):

- Acts have no entries of their own: an act is found through its event, by its type (in
  English, Russian and Kazakh), its description, its victim's names and its perpetrators
  (person names, organisation names, perpetrator types). Searching "Semenova beaten" then
  finds the event where she was beaten.
- People are found by every name they have, in every script, and by their pseudonym.
- A source is found by its title, reference, notes, author, and what its information
  items say; a monitoring visit by its facility, conditions, findings and denial reason.
- Each piece of text carries the highest confidentiality of the records it comes from
  (a restricted victim's name in an internal event is restricted text), and
  ``casevault.search.index`` splits a record's text into clearance bands accordingly.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from casevault.lib.fuzzydate import Precision
from casevault.lib.levels import Level
from casevault.records.models import (
    Act,
    ActInvolvement,
    Case,
    Event,
    Facility,
    MonitoringVisit,
    Organisation,
    Person,
    PersonName,
    Place,
    Source,
)
from casevault.search.models import SearchEntry

Kind = SearchEntry.Kind


@dataclass
class Part:
    level: Level
    texts: list[str]


@dataclass
class Document:
    kind: str
    target_id: uuid.UUID
    level: Level
    title: str
    date_start: datetime.date | None = None
    date_end: datetime.date | None = None
    date_precision: str = Precision.UNKNOWN
    place_id: uuid.UUID | None = None
    parts: list[Part] = field(default_factory=list)

    def add(self, texts: Iterable[str | None], *records: Any) -> None:
        """Text from ``records`` (besides the target): readable at the highest of their levels."""
        level = highest(self.level, *(r.confidentiality for r in records if r is not None))
        self.parts.append(Part(level, [t for t in texts if t]))


def highest(*levels: str) -> Level:
    return max((Level(level) for level in levels), key=lambda lvl: lvl.rank)


def labels(term: Any) -> list[str]:
    if term is None:
        return []
    keywords = [k for words in (term.keywords or {}).values() for k in words]
    return [term.label_en, term.label_ru, term.label_kk, *keywords]


def names(person: Person | None) -> list[str]:
    if person is None:
        return []
    return [person.pseudonym, *(n.full_name for n in person.names.all())]


def place_texts(place: Place | None) -> list[str]:
    if place is None:
        return []
    return [place.name, *(str(n) for n in place.alt_names or [])]


_NAMES = Prefetch("names", queryset=PersonName.objects.order_by())


def events(ids: list[uuid.UUID]) -> list[Document]:
    involvements = ActInvolvement.objects.select_related(
        "perpetrator_person", "perpetrator_org", "perpetrator_type", "degree"
    ).prefetch_related(Prefetch("perpetrator_person__names", queryset=PersonName.objects.all()))
    acts = Act.objects.select_related("act_type", "victim", "victim_status").prefetch_related(
        Prefetch("victim__names", queryset=PersonName.objects.all()),
        Prefetch("involvements", queryset=involvements),
    )
    docs = []
    for event in (
        Event.objects.filter(pk__in=ids)
        .select_related("place")
        .prefetch_related(Prefetch("acts", queryset=acts))
    ):
        doc = Document(
            Kind.EVENT,
            event.pk,
            Level(event.confidentiality),
            event.title,
            event.date_start,
            event.date_end,
            event.date_precision,
            event.place_id,
        )
        doc.add([event.title, event.description, event.location_detail])
        doc.add(place_texts(event.place), event.place)
        for act in event.acts.all():
            doc.add([*labels(act.act_type), *labels(act.victim_status), act.description], act)
            doc.add(names(act.victim), act, act.victim)
            for inv in act.involvements.all():
                doc.add([*labels(inv.perpetrator_type), inv.notes], act, inv)
                doc.add(names(inv.perpetrator_person), act, inv, inv.perpetrator_person)
                org = inv.perpetrator_org
                doc.add([org.name, *org.alt_names] if org else [], act, inv, org)
        docs.append(doc)
    return docs


def people(ids: list[uuid.UUID]) -> list[Document]:
    docs = []
    for person in Person.objects.filter(pk__in=ids).prefetch_related(_NAMES):
        all_names = [n.full_name for n in person.names.all()]
        primary = next((n.full_name for n in person.names.all() if n.is_primary), None)
        doc = Document(
            Kind.PERSON, person.pk, Level(person.confidentiality), primary or person.pseudonym
        )
        doc.add([person.pseudonym, *all_names, person.occupation, person.notes])
        docs.append(doc)
    return docs


def sources(ids: list[uuid.UUID]) -> list[Document]:
    docs = []
    found = Source.objects.filter(pk__in=ids).select_related("author_person", "author_org")
    for source in found.prefetch_related("information", "author_person__names"):
        doc = Document(
            Kind.SOURCE,
            source.pk,
            Level(source.confidentiality),
            source.title,
            source.date_start,
            source.date_end,
            source.date_precision,
        )
        doc.add([source.title, source.reference, source.notes])
        doc.add(names(source.author_person), source.author_person)
        doc.add([source.author_org.name] if source.author_org else [], source.author_org)
        for info in source.information.all():
            doc.add([info.summary, info.excerpt], info)
        docs.append(doc)
    return docs


def visits(ids: list[uuid.UUID]) -> list[Document]:
    docs = []
    for visit in MonitoringVisit.objects.filter(pk__in=ids).select_related("facility"):
        facility = visit.facility
        doc = Document(
            Kind.VISIT,
            visit.pk,
            Level(visit.confidentiality),
            f"{facility.name} · {visit.date.display()}",
            visit.date_start,
            visit.date_end,
            visit.date_precision,
            facility.pk,
        )
        doc.add([visit.conditions, visit.findings, visit.denial_reason])
        doc.add(place_texts(facility), facility)
        docs.append(doc)
    return docs


def cases(ids: list[uuid.UUID]) -> list[Document]:
    docs = []
    for case in Case.objects.filter(pk__in=ids):
        doc = Document(Kind.CASE, case.pk, Level(case.confidentiality), str(case))
        doc.add([case.reference, case.title, case.summary])
        docs.append(doc)
    return docs


def organisations(ids: list[uuid.UUID]) -> list[Document]:
    docs = []
    for org in Organisation.objects.filter(pk__in=ids).select_related("org_type"):
        doc = Document(
            Kind.ORGANISATION, org.pk, Level(org.confidentiality), org.name, place_id=org.place_id
        )
        doc.add([org.name, *(str(n) for n in org.alt_names or []), org.notes])
        doc.add(labels(org.org_type))
        docs.append(doc)
    return docs


def places(ids: list[uuid.UUID]) -> list[Document]:
    facility_types = {
        f.pk: f.facility_type
        for f in Facility.objects.filter(pk__in=ids).select_related("facility_type")
    }
    docs = []
    for place in Place.objects.filter(pk__in=ids):
        doc = Document(Kind.PLACE, place.pk, Level(place.confidentiality), place.name)
        doc.place_id = place.pk
        doc.add(place_texts(place))
        doc.add(labels(facility_types.get(place.pk)))
        docs.append(doc)
    return docs


BUILDERS: dict[str, Callable[[list[uuid.UUID]], list[Document]]] = {
    Kind.EVENT: events,
    Kind.PERSON: people,
    Kind.SOURCE: sources,
    Kind.VISIT: visits,
    Kind.CASE: cases,
    Kind.ORGANISATION: organisations,
    Kind.PLACE: places,
}

# The model each kind of entry points to, for the final permission check.
MODELS: dict[str, type[Any]] = {
    Kind.EVENT: Event,
    Kind.PERSON: Person,
    Kind.SOURCE: Source,
    Kind.VISIT: MonitoringVisit,
    Kind.CASE: Case,
    Kind.ORGANISATION: Organisation,
    Kind.PLACE: Place,
}
