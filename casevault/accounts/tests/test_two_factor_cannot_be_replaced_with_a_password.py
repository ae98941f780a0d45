from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import confirmed_device_for, post_password


def test_someone_with_only_the_password_cannot_set_up_a_new_authenticator(
    client: Client, lawyer: User
) -> None:
    confirmed_device_for(lawyer)
    post_password(client, "lawyer")
    response = client.get(reverse("accounts:otp_setup"))
    assert response["Location"] == reverse("accounts:otp_verify")
    assert not TOTPDevice.objects.filter(user=lawyer, confirmed=False).exists()


def test_a_verified_user_sees_that_two_factor_is_on(client: Client, lawyer: User) -> None:
    from casevault.accounts.tests.helpers import sign_in

    confirmed_device_for(lawyer)
    sign_in(client, lawyer)
    page = client.get(reverse("accounts:otp_setup"))
    assert page.status_code == 200
    assert b"Two-factor sign-in is on" in page.content
    assert b"data-secret" not in page.content
