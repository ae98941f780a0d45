import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry, Revision
from casevault.testing import event

pytestmark = pytest.mark.django_db


def _views_of(record: object) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(verb="record.view", target_id=str(record.pk)))  # type: ignore[attr-defined]


def test_opening_a_restricted_event_records_who_looked(client: Client, documenter: User) -> None:
    restricted = event(documenter, title="Testimony", confidentiality="restricted")
    client.force_login(documenter)
    assert (
        client.get(reverse("records:event_detail", kwargs={"pk": restricted.pk})).status_code == 200
    )
    (entry,) = _views_of(restricted)
    assert entry.actor == "documenter"
    assert entry.target_type == "records.event"


def test_opening_an_internal_event_leaves_no_view_entry(client: Client, documenter: User) -> None:
    internal = event(documenter, title="Public hearing")
    client.force_login(documenter)
    client.get(reverse("records:event_detail", kwargs={"pk": internal.pk}))
    assert _views_of(internal) == []


def test_a_refused_view_is_not_logged_as_a_view(
    client: Client, coordinator: User, outsider: User
) -> None:
    secret = event(coordinator, title="Informant", confidentiality="secret")
    client.force_login(outsider)
    assert client.get(reverse("records:event_detail", kwargs={"pk": secret.pk})).status_code == 404
    assert _views_of(secret) == []


def test_a_view_does_not_add_a_revision(client: Client, documenter: User) -> None:
    restricted = event(documenter, title="Testimony", confidentiality="restricted")
    before = Revision.objects.filter(target_id=str(restricted.pk)).count()
    client.force_login(documenter)
    client.get(reverse("records:event_detail", kwargs={"pk": restricted.pk}))
    assert Revision.objects.filter(target_id=str(restricted.pk)).count() == before
