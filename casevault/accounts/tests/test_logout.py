from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in
from casevault.audit.models import AuditEntry


def test_signing_out_ends_the_session(client: Client, editor: User) -> None:
    sign_in(client, editor)
    response = client.post(reverse("accounts:logout"))
    assert response["Location"] == reverse("accounts:login")
    assert client.get(reverse("home")).status_code == 302
    assert AuditEntry.objects.filter(verb="auth.logout", actor="editor").exists()


def test_signing_out_needs_a_post(client: Client, editor: User) -> None:
    # A link or an image on another page must not be able to sign anyone out.
    sign_in(client, editor)
    assert client.get(reverse("accounts:logout")).status_code == 405
