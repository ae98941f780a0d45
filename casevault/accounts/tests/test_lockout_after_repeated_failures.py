from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casevault.accounts.models import LoginAttempt, User
from casevault.accounts.tests.helpers import post_password
from casevault.audit.models import AuditEntry


def fail(client: Client, username: str, times: int, ip: str = "127.0.0.1") -> None:
    for _ in range(times):
        post_password(client, username, "a wrong password", ip=ip)


def test_five_failures_lock_the_account_even_against_the_right_password(
    client: Client, documenter: User
) -> None:
    fail(client, "documenter", 5)
    response = post_password(client, "documenter")
    assert response.status_code == 429
    assert b"Too many failed sign-in attempts" in response.content
    assert b"15 more minutes" in response.content
    assert client.get(reverse("home")).status_code == 302
    assert AuditEntry.objects.filter(verb="auth.locked").count() == 1
    assert LoginAttempt.objects.filter(outcome="refused").count() == 1


def test_four_failures_do_not_lock(client: Client, documenter: User) -> None:
    fail(client, "documenter", 4)
    assert post_password(client, "documenter").status_code == 302


def test_the_lock_lifts_after_fifteen_minutes(client: Client, documenter: User) -> None:
    fail(client, "documenter", 5)
    LoginAttempt.objects.update(at=timezone.now() - timedelta(minutes=16))
    assert post_password(client, "documenter")["Location"] == reverse("home")


def test_the_username_is_locked_whatever_its_case(client: Client, documenter: User) -> None:
    fail(client, "Documenter", 5, ip="10.0.0.9")
    assert post_password(client, "documenter", ip="10.0.0.10").status_code == 429
