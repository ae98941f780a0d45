"""A case with more events than one page holds shows them a page at a time, in order,
and whole on request (for printing); filters survive paging."""

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.records import actions
from casevault.records.views import cases as cases_view
from casevault.records.views.cases import CHRONOLOGY_PAGE_SIZE
from casevault.testing import case, event

pytestmark = pytest.mark.django_db


def _titles(response: object) -> list[str]:
    return [item["obj"].title for item in response.context["chronology"]]  # type: ignore[attr-defined]


@pytest.fixture
def long_case(coordinator: User) -> object:
    dossier = case(coordinator, title="Long")
    for day in range(1, CHRONOLOGY_PAGE_SIZE + 6):
        year, rest = divmod(day, 28)
        ev = event(coordinator, title=f"E{day:03}", date=f"{2010 + year}-01-{rest + 1:02}")
        actions.case_add_event(actor=coordinator, case=dossier, event=ev)
        if day % 2:
            actions.act_create(actor=coordinator, event=ev, act_type="arrest")
    return dossier


def test_the_first_page_holds_the_earliest_events_and_links_to_the_next(
    client: Client, coordinator: User, long_case: object
) -> None:
    client.force_login(coordinator)
    url = reverse("records:case_detail", kwargs={"pk": long_case.pk})  # type: ignore[attr-defined]
    first = client.get(url)
    expected = [f"E{day:03}" for day in range(1, CHRONOLOGY_PAGE_SIZE + 6)]
    assert _titles(first) == expected[:CHRONOLOGY_PAGE_SIZE]
    assert 'rel="next"' in first.content.decode()
    second = client.get(url, {"page": "2"})
    assert _titles(second) == expected[CHRONOLOGY_PAGE_SIZE:]
    assert 'rel="next"' not in second.content.decode()
    assert _titles(client.get(url, {"all": "1"})) == expected
    # A page number that is not one falls back to a real page rather than an error.
    assert _titles(client.get(url, {"page": "99"})) == expected[CHRONOLOGY_PAGE_SIZE:]


def test_paging_keeps_the_filter(
    client: Client, coordinator: User, long_case: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases_view, "CHRONOLOGY_PAGE_SIZE", 10)
    client.force_login(coordinator)
    url = reverse("records:case_detail", kwargs={"pk": long_case.pk})  # type: ignore[attr-defined]
    arrests = [f"E{day:03}" for day in range(1, CHRONOLOGY_PAGE_SIZE + 6, 2)]
    first = client.get(url, {"act_type": "arrest"})
    assert _titles(first) == arrests[:10]
    assert "?act_type=arrest&amp;page=2" in first.content.decode()
    assert _titles(client.get(url, {"act_type": "arrest", "page": "2"})) == arrests[10:20]
    assert _titles(client.get(url, {"act_type": "arrest", "all": "1"})) == arrests


def test_a_short_chronology_has_no_pager(client: Client, coordinator: User) -> None:
    dossier = case(coordinator, title="Short")
    actions.case_add_event(actor=coordinator, case=dossier, event=event(coordinator, title="One"))
    client.force_login(coordinator)
    response = client.get(reverse("records:case_detail", kwargs={"pk": dossier.pk}))
    assert _titles(response) == ["One"]
    assert 'rel="next"' not in response.content.decode()
