"""A record page asks the database the same number of times however much it shows.

The chronology's linked records (victims, perpetrators, places, act types) are read with
only the columns a page shows; a column a template needed but the query left out would be
fetched row by row, and the count would grow with the rows. This catches that.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casevault.accounts.models import User
from casevault.records import actions
from casevault.records.models import Case, Person
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


def _fill(actor: User, dossier: Case, count: int, victim: Person) -> None:
    """``count`` events on the case, each with an act against a new person (or ``victim``),
    a perpetrator person and organisation, a place and a source."""
    org = actions.organisation_create(actor=actor, name="Police department")
    source = actions.source_create(actor=actor, source_type="testimony", title="Statement")
    for n in range(count):
        place = actions.place_create(actor=actor, name=f"Town {n}")
        ev = event(actor, title=f"Event {n}", date=f"2019-{n % 12 + 1:02}", place=place)
        actions.case_add_event(actor=actor, case=dossier, event=ev)
        who = victim if n % 3 == 0 else person(actor, f"Иванова Анна {n}")
        act = actions.act_create(actor=actor, event=ev, act_type="arrest", victim=who, place=place)
        actions.involvement_create(
            actor=actor,
            act=act,
            degree="carried_out",
            perpetrator_person=person(actor, f"Officer {n}"),
            perpetrator_org=org,
            perpetrator_type="police",
        )
        actions.information_create(actor=actor, source=source, event=ev)


def _queries(client: Client, url: str) -> tuple[int, str]:
    client.get(url)  # the first view of a page may warm caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize("page", ["case", "person"])
def test_more_rows_do_not_mean_more_queries(client: Client, coordinator: User, page: str) -> None:
    def url_for(dossier: Case, victim: Person) -> str:
        if page == "case":
            return reverse("records:case_detail", kwargs={"pk": dossier.pk})
        return reverse("records:person_detail", kwargs={"pk": victim.pk})

    client.force_login(coordinator)
    counts = []
    for size in (2, 8):
        dossier = case(coordinator, title=f"Case of {size}")
        victim = person(coordinator, f"Семёнова Елена {size}")
        _fill(coordinator, dossier, size, victim)
        count, html = _queries(client, url_for(dossier, victim))
        counts.append(count)
        # What the deferred columns were left out of is still shown.
        assert "Police department" in html and "Town 1" in html or page == "person"
        assert "Семёнова Елена" in html
    assert counts[0] == counts[1], f"queries grew with the rows: {counts}"


def test_an_event_page_shows_its_linked_records(client: Client, coordinator: User) -> None:
    dossier = case(coordinator)
    victim = person(coordinator, "Семёнова Елена")
    _fill(coordinator, dossier, 1, victim)
    client.force_login(coordinator)
    ev = dossier.events.get()  # type: ignore[attr-defined]
    _, html = _queries(client, reverse("records:event_detail", kwargs={"pk": ev.pk}))
    for shown in ("Семёнова Елена", "Officer 0", "Police department", "Town 0", "Statement"):
        assert shown in html
