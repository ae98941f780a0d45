"""CSV per entity and ESF-style JSON, as bytes, through the exporter's access and redaction.

A *redacted* export (the default) holds only what the exporting user may see, leaves out
restricted and secret records, shows each person as the consent rules allow
(``name_publicly``), and scrubs free text of names that may not appear. Only an admin may
export the *full* vault, and every export is audited. The JSON mapping to the HURIDOCS
Events Standard Formats is documented in docs/publishing.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.lib.fuzzydate import FuzzyDate
from casevault.publish.consent import PUBLISHABLE, STATEMENT_USE, Redactor, place_appearance
from casevault.records import selectors
from casevault.records.models import Act, ActInvolvement, Information, Person

ENTITIES = ("events", "acts", "people", "places", "sources", "proceedings", "interventions")
ESF_FORMAT = "casevault-esf/1"


class ExportError(ValueError):
    """A request the user can fix."""


class View:
    """The exporter's view of the vault: what they may see, and how it reads."""

    def __init__(self, user: User, *, full: bool, lang: str = "en") -> None:
        self.user, self.full, self.lang = user, full, lang
        # Everyone the exporter may see: restricted people too, so that free text is scrubbed
        # of their names (they are shown by role, never by name).
        persons = {p.pk: (p, ["person"]) for p in selectors.people_for_user(user)}
        self.redactor = None if full else Redactor(persons, lang, STATEMENT_USE)
        self._names: dict[Any, str] = {}
        if full:
            for p in Person.objects.filter(pk__in=list(persons)).prefetch_related("names"):
                names = list(p.names.all())
                self._names[p.pk] = names[0].full_name if names else ""

    def scope(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        return queryset if self.full else queryset.filter(confidentiality__in=PUBLISHABLE)

    def acts(self) -> QuerySet[Act]:
        acts = self.scope(selectors.acts_for_user(self.user))
        return acts if self.full else acts.filter(event__confidentiality__in=PUBLISHABLE)

    def person(self, person: Person | None) -> str:
        if person is None:
            return ""
        if self.redactor is None:
            return self._names.get(person.pk) or person.pseudonym
        return self.redactor.person(person)

    def text(self, value: str) -> str:
        return value if self.redactor is None else self.redactor.scrub(value)

    def place(self, place: Any) -> str:
        if place is None:
            return ""
        if self.full:
            return str(place.name)
        return place_appearance(place, self.lang).text or ""


def _date(value: FuzzyDate) -> str:
    return value.to_text()


def _rows(view: View, entity: str) -> tuple[list[str], Iterable[list[Any]]]:
    u, s = view.user, view.scope
    if entity == "events":
        events = s(selectors.events_for_user(u)).select_related("place")
        return ["id", "date", "title", "place", "description"], (
            [e.pk, _date(e.date), view.text(e.title), view.place(e.place), view.text(e.description)]
            for e in events
        )
    if entity == "acts":
        acts = view.acts().select_related("act_type", "victim", "place", "victim_status")
        return ["id", "event_id", "date", "act_type", "victim", "victim_status", "place"], (
            [
                a.pk,
                a.event_id,
                _date(a.date),
                a.act_type.code,
                view.person(a.victim),
                a.victim_status.code if a.victim_status else "",
                view.place(a.place),
            ]
            for a in acts
        )
    if entity == "people":
        people = s(selectors.people_for_user(u))
        return ["id", "pseudonym", "kind", "shown_as"], (
            [p.pk, p.pseudonym, p.kind, view.person(p)] for p in people
        )
    if entity == "places":
        places = selectors.places_for_user(u)
        if not view.full:
            places = places.filter(confidentiality__in=PUBLISHABLE).exclude(kind="address")
        return ["id", "kind", "name", "parent_id"], (
            [p.pk, p.kind, p.name, p.parent_id or ""] for p in places
        )
    if entity == "sources":
        sources = s(selectors.sources_for_user(u)).select_related("source_type", "author_person")
        return ["id", "source_type", "title", "date", "author", "url"], (
            [
                x.pk,
                x.source_type.code,
                view.text(x.title),
                _date(x.date),
                view.person(x.author_person) if x.author_person else "",
                x.url,
            ]
            for x in sources
        )
    if entity == "proceedings":
        rows = s(selectors.proceedings_for_user(u)).select_related("proceeding_type")
        return ["id", "case_id", "type", "title", "opened", "status", "remedies_exhausted"], (
            [
                p.pk,
                p.case_id or "",
                p.proceeding_type.code,
                view.text(p.title),
                _date(p.opened),
                p.status,
                "" if p.remedies_exhausted is None else p.remedies_exhausted,
            ]
            for p in rows
        )
    if entity == "interventions":
        rows = s(selectors.interventions_for_user(u)).select_related(
            "intervention_type", "response"
        )
        return ["id", "case_id", "type", "title", "date", "status", "response"], (
            [
                i.pk,
                i.case_id or "",
                i.intervention_type.code,
                view.text(i.title),
                _date(i.date),
                i.status,
                i.response.code if i.response else "",
            ]
            for i in rows
        )
    raise ExportError(f"no such entity {entity!r}: choose one of {', '.join(ENTITIES)}")


def _audited(
    actor: User, verb: str, full: bool, details: dict[str, Any], make: Callable[[], bytes]
) -> bytes:
    require(actor, "vault.admin" if full else "vault.export")
    with transaction.atomic():
        data = make()
        audit.record(actor=actor, verb=verb, details={**details, "full": full, "bytes": len(data)})
    return data


def export_csv(*, actor: User, entity: str, full: bool = False, lang: str = "en") -> bytes:
    if entity not in ENTITIES:
        raise ExportError(f"no such entity {entity!r}: choose one of {', '.join(ENTITIES)}")

    def make() -> bytes:
        header, rows = _rows(View(actor, full=full, lang=lang), entity)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
        return out.getvalue().encode("utf-8")

    return _audited(actor, "export.csv", full, {"entity": entity}, make)


def _esf(view: View) -> dict[str, Any]:
    acts = list(view.acts().select_related("act_type", "victim", "victim_status", "place"))
    events = list(view.scope(selectors.events_for_user(view.user)).select_related("place"))
    involvements: dict[Any, list[ActInvolvement]] = {}
    for inv in view.scope(
        ActInvolvement.objects.filter(act__in=[a.pk for a in acts])
    ).select_related("perpetrator_person", "perpetrator_org", "perpetrator_type", "degree"):
        involvements.setdefault(inv.act_id, []).append(inv)
    by_event: dict[Any, list[Act]] = {}
    for act in acts:
        by_event.setdefault(act.event_id, []).append(act)
    persons: dict[Any, Person] = {}
    for act in acts:
        if act.victim is not None:
            persons[act.victim.pk] = act.victim
    for invs in involvements.values():
        for inv in invs:
            if inv.perpetrator_person is not None:
                persons[inv.perpetrator_person.pk] = inv.perpetrator_person
    infos = view.scope(
        Information.objects.filter(act__in=[a.pk for a in acts])
        | Information.objects.filter(event__in=[e.pk for e in events])
    ).filter(source__in=view.scope(selectors.sources_for_user(view.user)))

    def person_ref(p: Person | None) -> dict[str, Any] | None:
        return None if p is None else {"person_record_number": p.pseudonym, "name": view.person(p)}

    return {
        "format": ESF_FORMAT,
        "redacted": not view.full,
        "events": [
            {
                "event_record_number": str(e.pk),
                "event_title": view.text(e.title),
                "initial_date": e.date.to_dict(),
                "geographical_term": view.place(e.place),
                "event_description": view.text(e.description),
                "acts": [
                    {
                        "act_record_number": str(a.pk),
                        "type_of_act": {"code": a.act_type.code, "esf": a.act_type.esf},
                        "victim": person_ref(a.victim),
                        "victim_characteristics": a.victim_status.code if a.victim_status else None,
                        "initial_date": a.date.to_dict(),
                        "exact_location": view.place(a.place),
                        "involvements": [
                            {
                                "perpetrator": person_ref(i.perpetrator_person),
                                "perpetrator_organisation": i.perpetrator_org.name
                                if i.perpetrator_org is not None
                                and (view.full or i.perpetrator_org.confidentiality in PUBLISHABLE)
                                else None,
                                "type_of_perpetrator": i.perpetrator_type.code
                                if i.perpetrator_type
                                else None,
                                "degree_of_involvement": i.degree.code,
                            }
                            for i in involvements.get(a.pk, [])
                        ],
                    }
                    for a in by_event.get(e.pk, [])
                ],
            }
            for e in sorted(events, key=lambda ev: ev.date.sort_key())
        ],
        "persons": [
            {"person_record_number": p.pseudonym, "name": view.person(p), "counting_unit": p.kind}
            for p in sorted(persons.values(), key=lambda p: p.pseudonym)
        ],
        "information": [
            {
                "source": view.text(i.source.title),
                "type_of_source": i.source.source_type_id.split(":", 1)[-1],
                "event_record_number": str(i.event_id) if i.event_id else None,
                "act_record_number": str(i.act_id) if i.act_id else None,
                "reliability_of_information": i.credibility_id.split(":", 1)[-1]
                if i.credibility_id
                else None,
            }
            for i in infos.select_related("source").distinct()
        ],
    }


def export_esf_json(*, actor: User, full: bool = False, lang: str = "en") -> bytes:
    def make() -> bytes:
        data = _esf(View(actor, full=full, lang=lang))
        return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")

    return _audited(actor, "export.esf_json", full, {}, make)


def export_filename(kind: str, entity: str = "") -> str:
    """Never a person's name: the kind, the entity and nothing else."""
    return f"casevault-{entity or 'esf'}.{'csv' if kind == 'csv' else 'json'}"
