from __future__ import annotations

from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import code_for, confirmed_device_for, post_password


def test_a_user_with_an_authenticator_must_give_a_code(client: Client, lawyer: User) -> None:
    device = confirmed_device_for(lawyer)
    response = post_password(client, "lawyer")
    assert response["Location"] == reverse("accounts:otp_verify")
    # The password alone opens nothing.
    assert client.get(reverse("home"))["Location"].startswith(reverse("accounts:login"))
    page = client.get(reverse("accounts:otp_verify"))
    assert page.status_code == 200 and b'autocomplete="one-time-code"' in page.content
    response = client.post(reverse("accounts:otp_verify"), {"code": code_for(device)})
    assert response["Location"] == reverse("home")
    home = client.get(reverse("home"))
    assert home.status_code == 200
    assert home.wsgi_request.user.is_verified()  # type: ignore[union-attr]


def test_a_wrong_code_is_refused_with_a_message(
    client: Client, lawyer: User, settings: Settings
) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = confirmed_device_for(lawyer)
    post_password(client, "lawyer")
    wrong = "000000" if code_for(device) != "000000" else "111111"
    response = client.post(reverse("accounts:otp_verify"), {"code": wrong})
    assert response.status_code == 200
    assert b"That code is not right" in response.content
    assert client.get(reverse("home")).status_code == 302


def test_a_used_code_cannot_be_used_again(client: Client, lawyer: User) -> None:
    device = confirmed_device_for(lawyer)
    code = code_for(device)
    post_password(client, "lawyer")
    client.post(reverse("accounts:otp_verify"), {"code": code})
    client.post(reverse("accounts:logout"))
    post_password(client, "lawyer")
    response = client.post(reverse("accounts:otp_verify"), {"code": code})
    assert response.status_code == 200
    assert client.get(reverse("home")).status_code == 302


def test_the_code_page_sends_strangers_to_sign_in(client: Client, db: None) -> None:
    response = client.get(reverse("accounts:otp_verify"))
    assert response["Location"] == reverse("accounts:login")
