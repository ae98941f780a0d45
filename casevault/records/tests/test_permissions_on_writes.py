import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.records.models import Event
from casevault.records.selectors import get_for_user
from casevault.testing import event

pytestmark = pytest.mark.django_db


def test_an_analyst_cannot_create_records_and_nothing_is_written(analyst: User) -> None:
    before = (Event.objects.count(), AuditEntry.objects.count())
    with pytest.raises(PermissionDenied):
        actions.event_create(actor=analyst, title="x", date=FuzzyDate.year(2018))
    assert (Event.objects.count(), AuditEntry.objects.count()) == before


def test_a_user_cannot_write_above_their_clearance(outsider: User) -> None:
    with pytest.raises(PermissionDenied):
        actions.event_create(
            actor=outsider, title="x", date=FuzzyDate.year(2018), confidentiality="secret"
        )


def test_missing_and_forbidden_records_look_the_same(coordinator: User, outsider: User) -> None:
    secret = event(coordinator, title="Informant's account", confidentiality="secret")
    with pytest.raises(Http404) as forbidden:
        get_for_user(outsider, Event.objects.all(), secret.pk)
    with pytest.raises(Http404) as missing:
        get_for_user(outsider, Event.objects.all(), "00000000-0000-0000-0000-000000000000")
    assert str(forbidden.value) == str(missing.value)
    assert get_for_user(coordinator, Event.objects.all(), secret.pk) == secret
