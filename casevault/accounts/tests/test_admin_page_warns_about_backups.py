from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_the_admin_page_warns_when_there_is_no_backup(client: Client, admin: User) -> None:
    client.force_login(admin)
    page = client.get(reverse("accounts:admin_users")).content.decode()
    assert "No backup of this vault has been made" in page


def test_the_admin_page_warns_when_the_last_backup_is_old(client: Client, admin: User) -> None:
    from casevault.audit import log as audit

    with transaction.atomic():
        audit.record(
            actor=admin, verb="vault.backup",
            details={"file": "x.cvbackup", "folder": "/media/b", "kind": "full",
                     "encryption": "vault-key", "size": 1},
        )  # fmt: skip
    assert AuditEntry.objects.filter(verb="vault.backup").exists()
    client.force_login(admin)
    fresh = client.get(reverse("accounts:admin_users")).content.decode()
    assert "Last backup:" in fresh and "make a backup now" not in fresh
    later = timezone.now() + timedelta(days=30)
    from casevault.store.backup import status

    assert status.last_backup_info(now=later).overdue  # type: ignore[union-attr]
