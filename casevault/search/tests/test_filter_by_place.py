from __future__ import annotations

import uuid

import pytest

from casevault.accounts.models import User
from casevault.records import actions
from casevault.records.models import Place
from casevault.search.selectors import search_for_user
from casevault.testing import event


@pytest.mark.django_db
def test_a_region_includes_the_places_inside_it(system: User) -> None:
    region = actions.place_create(actor=system, name="Pavlodar region", kind=Place.Kind.REGION)
    city = actions.place_create(actor=system, name="Ekibastuz", kind=Place.Kind.CITY, parent=region)
    elsewhere = actions.place_create(actor=system, name="Almaty", kind=Place.Kind.CITY)
    event(system, "Search of a house", place=city)
    event(system, "Search of an office", place=elsewhere)

    in_region = search_for_user(system, "search", place=region.pk, types=["event"])
    in_city = search_for_user(system, "search", place=str(city.pk), types=["event"])

    assert [h.title for h in in_region] == ["Search of a house"]
    assert [h.title for h in in_city] == ["Search of a house"]
    assert search_for_user(system, "search", place=uuid.uuid4()) == []
    assert search_for_user(system, "search", place="not-a-uuid") == []
