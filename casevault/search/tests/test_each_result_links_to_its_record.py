from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.testing import event, person


@pytest.mark.django_db
def test_each_result_links_to_its_own_record_page(client: Client, documenter: User) -> None:
    first = event(documenter, "Search of the Kostanay office")
    second = event(documenter, "Second search in Kostanay")
    someone = person(documenter, "Kostanay Observer")
    client.force_login(documenter)

    page = client.get(reverse("search:search"), {"q": "Kostanay"}).content.decode()

    for url in (
        reverse("records:event_detail", args=[first.pk]),
        reverse("records:event_detail", args=[second.pk]),
        reverse("records:person_detail", args=[someone.pk]),
    ):
        assert f'href="{url}"' in page
