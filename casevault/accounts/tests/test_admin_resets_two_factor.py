from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import confirmed_device_for, post_password, sign_in
from casevault.audit.models import AuditEntry


def test_after_a_reset_the_user_sets_up_a_new_authenticator(
    client: Client, admin: User, lawyer: User
) -> None:
    confirmed_device_for(lawyer)
    sign_in(client, admin)
    response = client.post(reverse("accounts:admin_2fa_reset", args=[lawyer.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=lawyer).exists()
    assert AuditEntry.objects.filter(verb="auth.2fa_reset", actor="admin").exists()
    # Without a device and with no rule for lawyers, the password is enough again.
    assert post_password(Client(), "lawyer")["Location"] == reverse("home")
