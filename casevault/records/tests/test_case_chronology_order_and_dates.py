import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.records import actions
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


def _chronology_titles(response: object) -> list[str]:
    return [item["obj"].title for item in response.context["chronology"]]  # type: ignore[attr-defined]


def test_events_are_listed_by_fuzzy_date_with_unknown_dates_last(
    client: Client, coordinator: User
) -> None:
    dossier = case(coordinator, title="Chronology")
    for title, date in [
        ("Day", "2018-10-08"),
        ("Unknown", ""),
        ("Year", "2015"),
        ("Month", "2018-09"),
        ("Year of the month", "2018"),
    ]:
        actions.case_add_event(
            actor=coordinator, case=dossier, event=event(coordinator, title=title, date=date)
        )
    client.force_login(coordinator)
    response = client.get(reverse("records:case_detail", kwargs={"pk": dossier.pk}))
    assert _chronology_titles(response) == ["Year", "Year of the month", "Month", "Day", "Unknown"]
    dates = [item["date"] for item in response.context["chronology"]]
    assert dates == ["2015", "2018", "Sep 2018", "8 Oct 2018", "date unknown"]


def test_dates_are_written_in_the_reader_s_language(client: Client, coordinator: User) -> None:
    dossier = case(coordinator, title="Chronology")
    actions.case_add_event(
        actor=coordinator, case=dossier, event=event(coordinator, title="Day", date="2018-10-08")
    )
    client.force_login(coordinator)
    response = client.get(
        reverse("records:case_detail", kwargs={"pk": dossier.pk}), HTTP_ACCEPT_LANGUAGE="ru"
    )
    assert response.context["chronology"][0]["date"] == "8 окт. 2018"


def test_the_chronology_can_be_filtered_by_act_type_and_person(
    client: Client, coordinator: User
) -> None:
    dossier = case(coordinator, title="Chronology")
    her = person(coordinator, "Семёнова Елена")
    arrested = event(coordinator, title="Arrested", date="2019-01")
    searched = event(coordinator, title="House searched", date="2018-11")
    for ev in (arrested, searched):
        actions.case_add_event(actor=coordinator, case=dossier, event=ev)
    actions.act_create(actor=coordinator, event=arrested, act_type="arrest", victim=her)
    actions.act_create(actor=coordinator, event=searched, act_type="detention")
    client.force_login(coordinator)
    page = reverse("records:case_detail", kwargs={"pk": dossier.pk})
    assert _chronology_titles(client.get(page, {"act_type": "arrest"})) == ["Arrested"]
    assert _chronology_titles(client.get(page, {"person": str(her.pk)})) == ["Arrested"]
    assert _chronology_titles(client.get(page)) == ["House searched", "Arrested"]


def test_events_above_the_reader_s_clearance_are_counted_not_shown(
    client: Client, coordinator: User, lawyer: User
) -> None:
    dossier = case(coordinator, title="Chronology")
    CaseGrant.objects.create(user=lawyer, case=dossier)
    actions.case_add_event(
        actor=coordinator,
        case=dossier,
        event=event(coordinator, title="Informant", confidentiality="secret"),
    )
    client.force_login(lawyer)
    response = client.get(reverse("records:case_detail", kwargs={"pk": dossier.pk}))
    assert _chronology_titles(response) == []
    assert response.context["withheld"] == 1
    assert "Informant" not in response.content.decode()
