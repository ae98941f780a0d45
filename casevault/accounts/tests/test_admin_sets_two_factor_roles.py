from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from casevault.accounts.actions import UserError, security_policy_update
from casevault.accounts.models import SecurityPolicy, User
from casevault.accounts.tests.helpers import sign_in
from casevault.audit.models import AuditEntry


def test_an_admin_chooses_the_roles_that_must_use_two_factor(client: Client, admin: User) -> None:
    sign_in(client, admin)
    response = client.post(
        reverse("accounts:admin_policy"), {"require_2fa_roles": ["lawyer", "editor"]}
    )
    assert response["Location"] == reverse("accounts:admin_users")
    assert SecurityPolicy.current().require_2fa_roles == ["lawyer", "editor"]
    entry = AuditEntry.objects.filter(verb="security.policy_update").last()
    assert entry is not None and entry.details["require_2fa_roles"] == ["lawyer", "editor"]
    page = client.get(reverse("accounts:admin_users")).content.decode()
    assert 'value="lawyer"' in page and "checked" in page


def test_other_roles_cannot_change_the_rule(client: Client, coordinator: User) -> None:
    sign_in(client, coordinator)
    response = client.post(reverse("accounts:admin_policy"), {"require_2fa_roles": []})
    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        security_policy_update(actor=coordinator, require_2fa_roles=[])


def test_an_unknown_role_is_refused(admin: User) -> None:
    with pytest.raises(UserError, match="unknown roles"):
        security_policy_update(actor=admin, require_2fa_roles=["superuser"])
