"""The demo case, plus mentions of people who refused to be named, for publishing tests."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.publish.models import Statement
from casevault.publish.selectors import statement_check
from casevault.records import actions
from casevault.records.demo import DEMO_CASE_REFERENCE, demo_populate
from casevault.records.models import Case, Consent, Person, PersonName

# Every spelling of the people who must never be named in anything we publish.
FORBIDDEN = [
    "Nurtayeva",
    "Нуртаев",
    "Aigul",
    "Айгуль",
    "Pashutin",
    "Пашутин",
    "Oleg",
    "Олег",
    "Zhunusov",
    "Жунусов",
    "Marat",
    "Марат",
]


@dataclass
class DemoCase:
    case: Case
    witness: Person  # restricted, refused name_publicly
    released: Person  # restricted, refused name_publicly
    refuser: Person  # internal record, refused name_publicly: consent alone hides him


def _person(names: list[str]) -> Person:
    return PersonName.objects.get(full_name=names[0]).person


@pytest.fixture
def demo(system: User) -> DemoCase:
    demo_populate(actor=system)
    case = Case.objects.get(reference=DEMO_CASE_REFERENCE)
    witness = _person(["Айгуль Нуртаева"])
    released = _person(["Олег Пашутин"])
    refuser = actions.person_create(
        actor=system, names=["Марат Жунусов", "Marat Zhunusov"], sex=Person.Sex.MALE
    )
    actions.consent_create(
        actor=system,
        person=refuser,
        use="name_publicly",
        decision=Consent.Decision.REFUSED,
        given_on=datetime.date(2018, 1, 10),
    )
    actions.case_add_person(actor=system, case=case, person=refuser, role="witness")
    # Free text that names them, as monitors write it: the generator must scrub it.
    threats = actions.event_create(
        actor=system,
        title="Oleg Pashutin threatened after speaking to Aigul Nurtayeva",
        date=FuzzyDate.parse("2018-09"),
        description="Марат Жунусов saw it; Нуртаевой угрожали тоже.",
    )
    actions.case_add_event(actor=system, case=case, event=threats)
    act = actions.act_create(
        actor=system, event=threats, act_type="threat", victim=released, confidentiality="internal"
    )
    actions.act_create(actor=system, event=threats, act_type="threat", victim=refuser)
    note = actions.source_create(
        actor=system,
        source_type="testimony",
        title="Interview with Aigul Nurtayeva and Marat Zhunusov",
        date=FuzzyDate.parse("2018-09-12"),
        author_person=witness,
        case=case,
        confidentiality=Level.INTERNAL,
    )
    actions.information_create(actor=system, source=note, act=act, connection="eyewitness")
    return DemoCase(case=case, witness=witness, released=released, refuser=refuser)


def override_all(coordinator: User, statement: Statement) -> None:
    """Resolve every open flag by keeping those people unnamed, with a written reason."""
    from casevault.publish.actions import flag_override

    for appearance in statement_check(statement).flags:
        flag_override(
            actor=coordinator,
            statement=statement,
            person=appearance.person,
            form="role",
            reason="Public official or team member; keep to the role in this statement.",
        )


def assert_no_forbidden(text: str, where: str) -> None:
    for name in FORBIDDEN:
        assert name.casefold() not in text.casefold(), f"{name!r} appears in {where}"
