"""The demo vault's sample case: every record type, fuzzy dates, consent, a sound audit chain."""

from __future__ import annotations

import pytest

from casevault.accounts.models import Role, User
from casevault.audit import chain
from casevault.lib.fuzzydate import Precision
from casevault.records import actions
from casevault.records.demo import (
    COUNTED_MODELS,
    demo_populate,
    demo_present,
    demo_username,
    demo_users_create,
)
from casevault.records.models import Consent, Event, MonitoringVisit, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def counts(system: User) -> dict[str, int]:
    return demo_populate(actor=system)


def test_it_writes_at_least_one_row_of_every_record_type(counts: dict[str, int]) -> None:
    for model in COUNTED_MODELS:
        assert model._default_manager.exists(), f"no {model.__name__} in the demo data"
        assert counts[model._meta.model_name or ""] >= 1


def test_it_dates_some_facts_only_to_the_month_or_the_year(counts: dict[str, int]) -> None:
    assert Event.objects.filter(date_precision=Precision.MONTH).exists()
    assert MonitoringVisit.objects.filter(date_precision=Precision.YEAR).exists()
    ranges = [
        e
        for e in Event.objects.all()
        if e.date.start != e.date.end and e.date.precision == Precision.MONTH
    ]
    assert any(e.date.to_text().count("/") == 1 for e in ranges)


def test_two_witnesses_refuse_to_be_named_in_public(counts: dict[str, int]) -> None:
    refused = Person.objects.filter(
        consents__use_id="consent_use:name_publicly", consents__decision=Consent.Decision.REFUSED
    ).distinct()
    assert refused.count() == 2


def test_it_records_one_denied_monitoring_visit(counts: dict[str, int]) -> None:
    assert MonitoringVisit.objects.filter(access=MonitoringVisit.Access.DENIED).count() == 1


def test_the_audit_chain_holds_after_it(counts: dict[str, int]) -> None:
    result = chain.verify()
    assert result.ok, result.problem
    assert result.checked > sum(counts.values()) // 2


def test_it_refuses_to_write_the_demo_twice(counts: dict[str, int], system: User) -> None:
    assert demo_present()
    with pytest.raises(actions.RecordError, match="already holds the demo case"):
        demo_populate(actor=system)


def test_it_creates_one_demo_user_per_role(system: User) -> None:
    passwords = {role: f"pw-{role}-0123456789" for role in Role.values}
    users = demo_users_create(actor=system, passwords=passwords)
    assert sorted(u.role for u in users) == sorted(Role.values)
    lawyer = User.objects.get(username=demo_username(Role.LAWYER))
    assert lawyer.check_password(passwords[Role.LAWYER])
