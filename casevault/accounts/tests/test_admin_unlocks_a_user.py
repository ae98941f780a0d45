from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password, sign_in
from casevault.audit.models import AuditEntry


def test_an_admin_sees_the_lock_and_lifts_it(client: Client, admin: User, lawyer: User) -> None:
    stranger = Client()
    for _ in range(5):
        post_password(stranger, "lawyer", "wrong password", ip="192.0.2.1")
    sign_in(client, admin)
    page = client.get(reverse("accounts:admin_users")).content.decode()
    assert "locked until" in page and "Unlock lawyer" in page
    response = client.post(reverse("accounts:admin_unlock", args=[lawyer.pk]))
    assert response["Location"] == reverse("accounts:admin_users")
    assert AuditEntry.objects.filter(verb="auth.unlock", actor="admin").exists()
    assert post_password(stranger, "lawyer", ip="192.0.2.1")["Location"] == reverse("home")


def test_only_an_admin_may_unlock(client: Client, coordinator: User, lawyer: User) -> None:
    sign_in(client, coordinator)
    response = client.post(reverse("accounts:admin_unlock", args=[lawyer.pk]))
    assert response.status_code == 403
