from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.testing import event, person


@pytest.mark.django_db
def test_each_result_shows_its_kind_and_its_date_when_it_has_one(
    client: Client, documenter: User
) -> None:
    event(documenter, "Raid on the Semey office", date="2018-10-08")
    person(documenter, "Semey Resident")
    client.force_login(documenter)

    page = client.get(reverse("search:search"), {"q": "Semey"}).content.decode()

    assert "Events</span>" in page and "People</span>" in page
    assert "Raid on the Semey office</a>" in page
    assert page.count('<span class="muted">· ') == 1
    assert "2018" in page.split("Raid on the Semey office</a>")[1].split("</li>")[0]
