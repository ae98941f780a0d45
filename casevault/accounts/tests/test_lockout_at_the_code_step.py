from __future__ import annotations

from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import code_for, confirmed_device_for, post_password


def test_guessing_codes_after_a_right_password_locks_the_account(
    client: Client, lawyer: User, settings: Settings
) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = confirmed_device_for(lawyer)
    post_password(client, "lawyer")
    right = code_for(device)
    wrong = [c for c in ("000000", "111111", "222222", "333333", "444444", "555555") if c != right]
    for code in wrong[:4]:
        assert client.post(reverse("accounts:otp_verify"), {"code": code}).status_code == 200
    response = client.post(reverse("accounts:otp_verify"), {"code": wrong[4]}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("accounts:login")
    assert b"Too many failed sign-in attempts" in response.content
    # Even the password and the right code are refused until the lock lifts.
    assert post_password(client, "lawyer").status_code == 429
