"""Fixtures for the import and review tests: a vault folder, a case, a report on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.accounts.models import CaseGrant, User
from casevault.records.models import Case
from casevault.testing import case

REPORT = """Almaty, 29 January 2019

Statement on the persecution of a monitor

On 8 October 2018 police searched the house of Elena Semenova and confiscated two computers.
Her lawyer was present.
On 14 January police beat Elena Semenova at the police station.
"""


@pytest.fixture
def evidence_vault(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    """An in-process vault folder for the evidence store (the test database is the vault's)."""
    settings.CASEVAULT_VAULT_PATH = str(tmp_path / "vault")
    (tmp_path / "vault" / "evidence").mkdir(parents=True)
    return tmp_path / "vault"


@pytest.fixture
def dossier(documenter: User) -> Case:
    """A case the documenter works on (and may edit)."""
    made = case(documenter, title="Reprisals against a monitor")
    CaseGrant.objects.create(user=documenter, case=made, can_edit=True)
    return made


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "statement.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path
