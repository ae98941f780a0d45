"""Who gets what from the dashboard and the account pages (records pages have their own)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in

ROLES = ["documenter", "lawyer", "analyst", "editor", "coordinator", "admin", "outsider"]

# (method, URL name, needs a user id, expected for a signed-in non-admin, for the admin,
#  for a stranger)
VIEWS = [
    ("get", "home", False, 200, 200, 302),
    ("get", "accounts:login", False, 302, 302, 200),
    ("get", "accounts:otp_setup", False, 200, 200, 302),
    ("get", "accounts:otp_verify", False, 302, 302, 302),
    ("get", "accounts:admin_users", False, 403, 200, 302),
    ("post", "accounts:admin_policy", False, 403, 302, 302),
    ("post", "accounts:admin_unlock", True, 403, 302, 302),
    ("post", "accounts:admin_2fa_reset", True, 403, 302, 302),
    ("post", "accounts:logout", False, 302, 302, 302),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "name", "needs_id", "member", "admin_code", "_"), VIEWS)
def test_each_role_gets_the_expected_answer(
    request: pytest.FixtureRequest,
    client: Client,
    role: str,
    method: str,
    name: str,
    needs_id: bool,
    member: int,
    admin_code: int,
    _: int,
) -> None:
    user: User = request.getfixturevalue(role)
    other: User = request.getfixturevalue("lawyer" if role != "lawyer" else "editor")
    sign_in(client, user)
    url = reverse(name, args=[other.pk] if needs_id else [])
    response = getattr(client, method)(url)
    expected = admin_code if role == "admin" else member
    assert response.status_code == expected, (role, name)


@pytest.mark.parametrize(("method", "name", "needs_id", "_m", "_a", "stranger"), VIEWS)
def test_a_stranger_gets_the_sign_in_page_or_a_redirect_to_it(
    client: Client,
    db: None,
    method: str,
    name: str,
    needs_id: bool,
    _m: int,
    _a: int,
    stranger: int,
) -> None:
    url = reverse(name, args=[1] if needs_id else [])
    response = getattr(client, method)(url)
    assert response.status_code == stranger, name
    if stranger == 302:
        assert response["Location"].startswith(reverse("accounts:login"))


def test_an_admin_asking_for_a_missing_user_gets_not_found(client: Client, admin: User) -> None:
    sign_in(client, admin)
    response = client.post(reverse("accounts:admin_unlock", args=[999999]))
    assert response.status_code == 404


def test_the_system_actor_is_not_a_user_the_admin_can_act_on(
    client: Client, admin: User, system: User
) -> None:
    sign_in(client, admin)
    response = client.post(reverse("accounts:admin_2fa_reset", args=[system.pk]))
    assert response.status_code == 404
