from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password
from casevault.audit.models import AuditEntry


def test_the_right_password_signs_in_and_goes_to_the_dashboard(
    client: Client, documenter: User
) -> None:
    response = post_password(client, "documenter")
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert client.get(reverse("home")).status_code == 200
    entry = AuditEntry.objects.filter(verb="auth.login").last()
    assert entry is not None and entry.actor == "documenter"


def test_a_wrong_password_says_so_and_signs_nobody_in(client: Client, documenter: User) -> None:
    response = post_password(client, "documenter", "not the password")
    assert response.status_code == 200
    assert b"Wrong username or password" in response.content
    assert client.get(reverse("home")).status_code == 302
    failed = AuditEntry.objects.filter(verb="auth.login_failed").last()
    assert failed is not None and failed.details["username"] == "documenter"


def test_an_unknown_username_gets_the_same_answer_as_a_wrong_password(
    client: Client, documenter: User
) -> None:
    unknown = post_password(client, "nobody-here", "whatever-password")
    wrong = post_password(client, "documenter", "whatever-password")
    assert unknown.status_code == wrong.status_code == 200
    assert b"Wrong username or password" in unknown.content


def test_it_returns_to_the_page_asked_for_but_never_to_another_site(
    client: Client, documenter: User
) -> None:
    response = post_password(client, "documenter", next="/accounts/2fa/setup/")
    assert response["Location"] == "/accounts/2fa/setup/"
    client.logout()
    response = post_password(client, "documenter", next="https://evil.example/")
    assert response["Location"] == reverse("home")


def test_the_sign_in_page_has_a_labelled_username_and_password(client: Client, db: None) -> None:
    page = client.get(reverse("accounts:login")).content.decode()
    assert '<label for="id_username">' in page
    assert '<label for="id_password">' in page
    assert 'autocomplete="current-password"' in page
