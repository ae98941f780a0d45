from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password


def test_five_failures_from_one_address_lock_that_address_for_every_username(
    client: Client, documenter: User, lawyer: User
) -> None:
    for name in ["a1", "a2", "a3", "a4", "a5"]:
        post_password(client, name, "guessing", ip="203.0.113.7")
    assert post_password(client, "lawyer", ip="203.0.113.7").status_code == 429
    # Another computer is not locked out.
    assert post_password(client, "documenter", ip="198.51.100.2")["Location"] == reverse("home")
