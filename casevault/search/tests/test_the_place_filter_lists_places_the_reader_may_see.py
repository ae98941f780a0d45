from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.records.models import Place


@pytest.mark.django_db
def test_it_lists_visible_places_escaped_with_the_chosen_one_selected(
    client: Client, documenter: User, coordinator: User
) -> None:
    chosen = actions.place_create(actor=documenter, name="Ekibastuz", kind=Place.Kind.CITY)
    actions.place_create(actor=documenter, name='Village "<Aul>"', kind=Place.Kind.CITY)
    actions.place_create(
        actor=coordinator,
        name="Secret site",
        kind=Place.Kind.CITY,
        confidentiality=Level.SECRET,
    )
    client.force_login(documenter)

    page = client.get(
        reverse("search:search"), {"q": "search", "place": str(chosen.pk)}
    ).content.decode()

    assert f'<option value="{chosen.pk}" selected>Ekibastuz</option>' in page
    assert "Village &quot;&lt;Aul&gt;&quot;" in page and "<Aul>" not in page
    assert "Secret site" not in page
    assert '<option value="">Anywhere</option>' in page
