from __future__ import annotations

import datetime
import unicodedata

from django.db import transaction

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.lib.translit import name_key
from casevault.records.actions.common import (
    RecordError,
    create_record,
    next_counter,
    require_change,
    required_term,
    term,
)
from casevault.records.models import Consent, Organisation, Person, PersonName
from casevault.search.index import index_record


def detect_script(text: str) -> str:
    scripts = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts.add("cyrl" if "CYRILLIC" in name else "latn" if "LATIN" in name else "other")
    return scripts.pop() if len(scripts) == 1 else "other"


def person_create(
    *,
    actor: User,
    names: list[str],
    kind: str = Person.Kind.INDIVIDUAL,
    sex: str = Person.Sex.UNKNOWN,
    birth_date: FuzzyDate | None = None,
    occupation: str = "",
    notes: str = "",
    confidentiality: str = Level.INTERNAL,
) -> Person:
    """A person with one or more names; the first is primary. A pseudonym is assigned."""
    clean = [n.strip() for n in names if n and n.strip()]
    if not clean:
        raise RecordError("a person needs at least one name (a role such as 'witness 3' will do)")
    person = Person(
        kind=kind,
        sex=sex,
        occupation=occupation,
        notes=notes,
        confidentiality=Level(confidentiality),
    )
    person.birth_date = birth_date or FuzzyDate.unknown()
    require(actor, "records.add", person)
    with transaction.atomic():
        person.pseudonym = f"V-{next_counter('person-pseudonym'):04d}"
        person.full_clean(exclude=["id"])
        person.save(force_insert=True)
        for i, name in enumerate(clean):
            _add_name(person, name, primary=(i == 0))
        index_record(person)
        audit.record(
            actor=actor, verb="person.create", target=person, details={"names": len(clean)}
        )
    return person


def _add_name(person: Person, name: str, *, primary: bool, lang: str = "") -> PersonName:
    return PersonName.objects.create(
        person=person,
        full_name=name,
        script=detect_script(name),
        lang=lang,
        is_primary=primary,
        translit_key=name_key(name),
    )


def person_add_name(*, actor: User, person: Person, name: str, lang: str = "") -> PersonName:
    require_change(actor, person)
    if not name.strip():
        raise RecordError("the name is empty")
    with transaction.atomic():
        added = _add_name(person, name.strip(), primary=not person.names.exists(), lang=lang)
        index_record(added)
        audit.record(actor=actor, verb="person.add_name", target=person, changed=["names"])
    return added


def organisation_create(
    *,
    actor: User,
    name: str,
    org_type: str | None = None,
    parent: Organisation | None = None,
    alt_names: list[str] | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Organisation:
    org = Organisation(
        name=name.strip(),
        org_type=term("perpetrator_type", org_type),
        parent=parent,
        alt_names=alt_names or [],
        confidentiality=Level(confidentiality),
    )
    return create_record(actor, org, "organisation.create")


def consent_create(
    *,
    actor: User,
    person: Person,
    use: str,
    decision: str,
    given_on: datetime.date | None = None,
    obtained_by: str = "",
    note: str = "",
    confidentiality: str = Level.RESTRICTED,
) -> Consent:
    consent = Consent(
        person=person,
        use=required_term("consent_use", use),
        decision=decision,
        given_on=given_on,
        obtained_by=obtained_by,
        note=note,
        confidentiality=Level(confidentiality),
    )
    return create_record(actor, consent, "consent.create", use=use, decision=decision)
