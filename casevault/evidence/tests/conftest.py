from pathlib import Path

import pytest


@pytest.fixture
def evidence_vault(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    """An in-process vault folder for the evidence store (the test database is the vault's)."""
    settings.CASEVAULT_VAULT_PATH = str(tmp_path / "vault")
    (tmp_path / "vault" / "evidence").mkdir(parents=True)
    return tmp_path / "vault"
