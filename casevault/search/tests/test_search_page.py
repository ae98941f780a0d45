from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.testing import case, event, person


@pytest.mark.django_db
def test_it_asks_for_a_sign_in_first(client: Client) -> None:
    response = client.get(reverse("search:search"), {"q": "anything"})

    assert response.status_code == 302


@pytest.mark.django_db
def test_it_lists_what_the_reader_may_see_with_links(
    client: Client, documenter: User, coordinator: User
) -> None:
    found = event(documenter, "Семёнову вытащили из отделения полиции", date="2019-01")
    event(coordinator, "Семёнова: второй эпизод", confidentiality=Level.SECRET)
    client.force_login(documenter)

    response = client.get(reverse("search:search"), {"q": "Semenova", "types": ["event"]})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Семёнову вытащили из отделения полиции" in page
    assert "второй эпизод" not in page
    assert "1 record found" in page
    assert f"/{found.pk}/" in page or "records:" not in page


@pytest.mark.django_db
def test_htmx_gets_only_the_results(client: Client, documenter: User) -> None:
    person(documenter, "Yelena Semyonova")
    client.force_login(documenter)

    response = client.get(reverse("search:search"), {"q": "Семёнова"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert "Yelena Semyonova" in response.content.decode()
    assert "<form" not in response.content.decode()


@pytest.mark.django_db
def test_a_bad_date_is_explained_not_a_crash(client: Client, documenter: User) -> None:
    client.force_login(documenter)

    response = client.get(reverse("search:search"), {"q": "x", "date_from": "last spring"})

    assert response.status_code == 200
    assert "is not a date" in response.content.decode()


@pytest.mark.django_db
def test_filters_come_from_the_page(client: Client, coordinator: User) -> None:
    from casevault.records import actions

    dossier = case(coordinator, "Ban on prison visits")
    inside = event(coordinator, "Court upholds the ban", date="2018-11")
    event(coordinator, "Another ban", date="2018-11")
    actions.case_add_event(actor=coordinator, case=dossier, event=inside)
    client.force_login(coordinator)

    response = client.get(
        reverse("search:search"),
        {"q": "ban", "case": dossier.reference, "types": ["event"], "date_from": "2018"},
    )
    unknown = client.get(reverse("search:search"), {"q": "ban", "case": "CV-1999-0001"})

    page = response.content.decode()
    assert "Court upholds the ban" in page and "Another ban" not in page
    assert "No case CV-1999-0001 that you can see" in unknown.content.decode()
