from __future__ import annotations

from django.test import Client

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password


def test_a_successful_sign_in_clears_the_earlier_failures(
    client: Client, documenter: User, delays: list[float]
) -> None:
    for _ in range(4):
        post_password(client, "documenter", "typo password")
    assert post_password(client, "documenter").status_code == 302
    client.logout()
    delays.clear()
    for _ in range(4):
        post_password(client, "documenter", "typo password")
    # Counting starts again: no lock, and the first new typo is not held.
    assert delays[0] == 0.0
    assert post_password(client, "documenter").status_code == 302
