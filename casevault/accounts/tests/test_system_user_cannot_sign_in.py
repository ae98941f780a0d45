from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password


def test_the_system_actor_is_refused_even_with_a_password(client: Client, system: User) -> None:
    # Even if someone gave the vault's own actor a password and switched it on.
    system.set_password("system-password-123")
    system.is_active = True
    system.save()
    response = post_password(client, system.username, "system-password-123")
    assert response.status_code == 200
    assert b"Wrong username or password" in response.content
    assert client.get(reverse("home")).status_code == 302


def test_a_session_for_the_system_actor_is_ended_by_the_gate(client: Client, system: User) -> None:
    client.force_login(system, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
