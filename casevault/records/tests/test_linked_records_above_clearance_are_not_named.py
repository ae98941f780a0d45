import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.records import actions
from casevault.testing import event

pytestmark = pytest.mark.django_db


def test_a_secret_perpetrator_organisation_is_left_out_of_the_event_page(
    client: Client, coordinator: User, lawyer: User
) -> None:
    unit = actions.organisation_create(
        actor=coordinator, name="Special unit 7", confidentiality="secret"
    )
    place = actions.place_create(actor=coordinator, name="Safe house 3", confidentiality="secret")
    beaten = event(coordinator, title="Beaten at night", place=place)
    act = actions.act_create(actor=coordinator, event=beaten, act_type="arrest")
    actions.involvement_create(
        actor=coordinator, act=act, degree="carried_out", perpetrator_org=unit
    )
    client.force_login(lawyer)
    page = client.get(reverse("records:event_detail", kwargs={"pk": beaten.pk}))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Beaten at night" in html
    assert "Special unit 7" not in html
    assert "Safe house 3" not in html

    client.force_login(coordinator)
    html = client.get(reverse("records:event_detail", kwargs={"pk": beaten.pk})).content.decode()
    assert "Special unit 7" in html
    assert "Safe house 3" in html
