import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.records import selectors
from casevault.testing import person

pytestmark = pytest.mark.django_db


def test_typing_a_latin_spelling_suggests_the_cyrillic_name(documenter: User) -> None:
    semenova = person(documenter, "Семёнова Елена")
    person(documenter, "Жаксыбеков Ерлан")
    for typed in ["Semenova", "Semyonova", "Semionova", "elena semen", "Семенова"]:
        assert selectors.person_suggestions(documenter, typed) == [semenova], typed


def test_the_suggestion_endpoint_offers_the_person_and_a_new_one(
    client: Client, documenter: User
) -> None:
    semenova = person(documenter, "Семёнова Елена")
    client.force_login(documenter)
    response = client.get(
        reverse("records:person_suggest"),
        {"prefix": "victim", "victim_name": "Semenova"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Семёнова Елена" in html
    assert f'value="{semenova.pk}"' in html
    assert 'value="new"' in html


def test_people_the_user_may_not_see_are_never_suggested(coordinator: User, outsider: User) -> None:
    person(coordinator, "Семёнова Елена", confidentiality="secret")
    assert selectors.person_suggestions(outsider, "Semenova") == []
