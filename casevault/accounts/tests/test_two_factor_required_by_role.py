from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts.actions import security_policy_update
from casevault.accounts.models import User
from casevault.accounts.tests.helpers import code_for, post_password
from casevault.audit.models import AuditEntry


def test_a_role_that_requires_two_factor_must_set_it_up_at_sign_in(
    client: Client, admin: User, documenter: User
) -> None:
    security_policy_update(actor=admin, require_2fa_roles=["documenter"])
    response = post_password(client, "documenter")
    assert response["Location"] == reverse("accounts:otp_setup")
    page = client.get(reverse("accounts:otp_setup")).content.decode()
    # The secret is shown as text and as a QR code image (a data: URI, allowed by the CSP).
    secret = re.search(r'data-secret="([A-Z2-7]+)"', page)
    assert secret is not None
    assert 'src="data:image/svg+xml' in page
    device = TOTPDevice.objects.get(user=documenter, confirmed=False)
    # Reloading the page keeps the same secret: the app the user just scanned stays valid.
    assert secret.group(1) in client.get(reverse("accounts:otp_setup")).content.decode()
    response = client.post(reverse("accounts:otp_setup"), {"code": code_for(device)})
    assert response["Location"] == reverse("home")
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("home")).status_code == 200
    assert AuditEntry.objects.filter(verb="auth.2fa_enable", actor="documenter").exists()


def test_a_signed_in_user_is_sent_to_set_up_when_their_role_starts_requiring_it(
    client: Client, admin: User, analyst: User
) -> None:
    post_password(client, "analyst")
    assert client.get(reverse("home")).status_code == 200
    security_policy_update(actor=admin, require_2fa_roles=["analyst"])
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("accounts:otp_setup")


def test_other_roles_sign_in_with_a_password_alone(
    client: Client, admin: User, editor: User
) -> None:
    security_policy_update(actor=admin, require_2fa_roles=["documenter"])
    assert post_password(client, "editor")["Location"] == reverse("home")
