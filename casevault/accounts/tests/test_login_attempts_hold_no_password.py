from __future__ import annotations

import json

from django.test import Client

from casevault.accounts.models import LoginAttempt, User
from casevault.accounts.tests.helpers import post_password
from casevault.audit.models import AuditEntry


def test_a_mistyped_password_is_stored_nowhere(client: Client, documenter: User) -> None:
    typed = "correct-horse-battery-typo"
    post_password(client, "documenter", typed)
    attempts = list(LoginAttempt.objects.values())
    assert attempts and typed not in json.dumps(attempts, default=str)
    entries = list(AuditEntry.objects.values("details", "actor", "verb"))
    assert typed not in json.dumps(entries, default=str)
