"""References follow CASEVAULT_REFERENCE_SCHEME, numbered afresh each year."""

from __future__ import annotations

import datetime

import pytest

from casevault.accounts.models import User
from casevault.publish.actions import PublishError, statement_create
from casevault.testing import case

pytestmark = pytest.mark.django_db


def test_the_default_scheme_numbers_statements_per_year(coordinator: User) -> None:
    dossier = case(coordinator)
    refs = [
        statement_create(actor=coordinator, case=dossier, on=datetime.date(y, 3, 1)).reference
        for y in (2026, 2026, 2027)
    ]
    assert refs == ["ORG 0001/2026", "ORG 0002/2026", "ORG 0001/2027"]


def test_the_scheme_and_code_come_from_the_environment(
    coordinator: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEVAULT_REFERENCE_SCHEME", "{org}-{year}-{seq:03d}")
    monkeypatch.setenv("CASEVAULT_ORG_CODE", "OSRB")
    made = statement_create(actor=coordinator, case=case(coordinator), on=datetime.date(2026, 1, 5))
    assert made.reference == "OSRB-2026-001"


def test_a_broken_scheme_is_refused_with_a_clear_message(
    coordinator: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEVAULT_REFERENCE_SCHEME", "{org} {number}")
    with pytest.raises(PublishError, match="CASEVAULT_REFERENCE_SCHEME"):
        statement_create(actor=coordinator, case=case(coordinator))
