from __future__ import annotations

import pytest
from django.test import Client

from casevault.accounts.models import User
from casevault.accounts.security import failure_delay
from casevault.accounts.tests.helpers import post_password


def test_each_failure_waits_longer_than_the_one_before(
    client: Client, documenter: User, delays: list[float]
) -> None:
    for _ in range(5):
        post_password(client, "documenter", "wrong password")
    assert delays == [0.0, 0.5, 1.0, 2.0, 4.0]


def test_a_right_password_is_not_delayed(
    client: Client, documenter: User, delays: list[float]
) -> None:
    post_password(client, "documenter")
    assert delays == []


@pytest.mark.pure
def test_the_delay_is_capped() -> None:
    assert failure_delay(1) == 0
    assert failure_delay(50) == 8.0
