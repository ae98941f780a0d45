from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.security import PENDING_KEY
from casevault.accounts.tests.helpers import code_for, confirmed_device_for, post_password


def test_a_code_given_too_long_after_the_password_starts_sign_in_again(
    client: Client, lawyer: User
) -> None:
    device = confirmed_device_for(lawyer)
    post_password(client, "lawyer")
    session = client.session
    state = session[PENDING_KEY]
    state["since"] = (timezone.now() - timedelta(minutes=6)).isoformat()
    session[PENDING_KEY] = state
    session.save()
    response = client.post(reverse("accounts:otp_verify"), {"code": code_for(device)})
    assert response["Location"] == reverse("accounts:login")
    assert client.get(reverse("home")).status_code == 302
