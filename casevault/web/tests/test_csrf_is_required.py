from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.testing import PASSWORD


def test_a_sign_in_without_a_csrf_token_is_refused(documenter: User) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("accounts:login"), {"username": "documenter", "password": PASSWORD}
    )
    assert response.status_code == 403


def test_changing_the_language_without_a_token_is_refused(db: None) -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.post(reverse("set_language"), {"language": "ru"}).status_code == 403


def test_admin_actions_without_a_token_are_refused(admin: User, lawyer: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin)
    response = client.post(reverse("accounts:admin_unlock", args=[lawyer.pk]))
    assert response.status_code == 403


def test_the_sign_in_form_carries_a_token(db: None) -> None:
    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("accounts:login")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page
