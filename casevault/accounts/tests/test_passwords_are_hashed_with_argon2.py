from __future__ import annotations

import pytest

from casevault import settings as configured
from casevault.accounts.actions import system_actor, user_create
from casevault.accounts.models import User


@pytest.mark.django_db
def test_a_new_password_is_stored_as_an_argon2id_hash(settings) -> None:  # type: ignore[no-untyped-def]
    # The suite swaps in a quick hasher; the configured one must be Argon2.
    assert configured.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    settings.PASSWORD_HASHERS = configured.PASSWORD_HASHERS
    user_create(
        actor=system_actor(), username="hashed", role="analyst", password="a long passphrase 1"
    )
    stored = User.objects.get(username="hashed").password
    assert stored.startswith("argon2$argon2id$")
    assert "a long passphrase" not in stored
