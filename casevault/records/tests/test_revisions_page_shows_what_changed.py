import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.testing import event

pytestmark = pytest.mark.django_db


def test_each_version_shows_who_changed_which_fields_from_what_to_what(
    client: Client, documenter: User
) -> None:
    happened = event(documenter, title="Search", date="2018")
    actions.event_update(
        actor=documenter, event=happened, title="Search of her house", date=FuzzyDate.parse("2018")
    )
    client.force_login(documenter)
    response = client.get(reverse("records:revisions", kwargs={"kind": "event", "pk": happened.pk}))
    assert response.status_code == 200
    newest, first = response.context["rows"]
    assert first["first"] is True
    assert newest["revision"].actor == "documenter"
    assert newest["changes"] == [{"field": "title", "old": "Search", "new": "Search of her house"}]
    assert "Search of her house" in response.content.decode()


def test_an_unknown_kind_of_record_is_a_404(client: Client, documenter: User) -> None:
    happened = event(documenter)
    client.force_login(documenter)
    response = client.get(reverse("records:revisions", kwargs={"kind": "user", "pk": happened.pk}))
    assert response.status_code == 404
