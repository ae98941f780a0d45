from __future__ import annotations

import pytest
from pytest_django.fixtures import Settings

from casevault.accounts import security


@pytest.fixture(autouse=True)
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Failed sign-ins are held a growing while; tests record the delays instead of waiting."""
    held: list[float] = []
    monkeypatch.setattr(security, "pause", held.append)
    return held


@pytest.fixture(autouse=True)
def quick_password_hashes(settings: Settings) -> None:
    # Argon2 at its real cost takes ~0.5 s per sign-in here; these tests sign in dozens of
    # times. test_passwords_are_hashed_with_argon2 checks the real setting.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
