"""Signing in through the real pages, and codes from an authenticator, for tests."""

from __future__ import annotations

import time

from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts.models import User
from casevault.testing import PASSWORD


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or ``steps_ahead`` periods later).

    A code is accepted once: a second sign-in in the same 30 s needs ``steps_ahead=1``.
    """
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def confirmed_device_for(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def post_password(
    client: Client, username: str, password: str = PASSWORD, ip: str = "127.0.0.1", **extra: str
):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=ip,
    )


def sign_in(client: Client, user: User, password: str = PASSWORD) -> None:
    """Sign in with the password, and the device's code when one is asked for."""
    response = post_password(client, user.username, password)
    assert response.status_code == 302, response.content
    if response["Location"] == reverse("accounts:otp_verify"):
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        response = client.post(reverse("accounts:otp_verify"), {"code": code_for(device)})
        assert response.status_code == 302, response.content
