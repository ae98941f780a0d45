"""The one-page event form: an event, an act with a victim created inline, a perpetrator
and a source, then an edit — all through the test client, as htmx would post them."""

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.audit.models import AuditEntry
from casevault.records.models import Act, ActInvolvement, Event, Information, Person, Source
from casevault.testing import case, person

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def test_a_documenter_records_an_event_with_act_victim_perpetrator_and_source(
    client: Client, documenter: User
) -> None:
    client.force_login(documenter)
    dossier = case(documenter, title="Reprisals against a monitor")
    CaseGrant.objects.create(user=documenter, case=dossier, can_edit=True)

    created = client.post(
        reverse("records:event_form") + f"?case={dossier.pk}",
        {
            "title": "Monitor dragged out of a police station",
            "date": "2019-01",
            "description": "Police removed her while she accompanied a client.",
            "confidentiality": "internal",
        },
        headers=HTMX,
    )
    assert created.status_code == 200
    event = Event.objects.get(title="Monitor dragged out of a police station")
    assert created["HX-Push-Url"] == reverse("records:event_form", kwargs={"pk": event.pk})
    assert event.date.to_text() == "2019-01"
    assert list(event.cases.all()) == [dossier]

    act_added = client.post(
        reverse("records:act_add", kwargs={"pk": event.pk}),
        {
            "act_type": "arrest",
            "victim_name": "Семёнова Елена",
            "victim_confidentiality": "internal",
        },
        headers=HTMX,
    )
    assert act_added.status_code == 200
    act = Act.objects.get(event=event)
    assert act.victim is not None
    assert act.victim.names.get().full_name == "Семёнова Елена"
    assert "Семёнова Елена" in act_added.content.decode()

    perpetrator_added = client.post(
        reverse("records:involvement_add", kwargs={"pk": act.pk}),
        {"degree": "carried_out", "perpetrator_type": "police", "perpetrator_name": ""},
        headers=HTMX,
    )
    assert perpetrator_added.status_code == 200
    involvement = ActInvolvement.objects.get(act=act)
    assert involvement.perpetrator_type_id == "perpetrator_type:police"

    source_added = client.post(
        reverse("records:event_source_add", kwargs={"pk": event.pk}),
        {"new_title": "Statement by the committee", "new_type": "official_statement"},
        headers=HTMX,
    )
    assert source_added.status_code == 200
    source = Source.objects.get(title="Statement by the committee")
    assert Information.objects.filter(source=source, event=event).exists()
    assert source.case == dossier

    edited = client.post(
        reverse("records:event_form", kwargs={"pk": event.pk}),
        {
            "title": "Monitor dragged out of a police station",
            "date": "2019-01-14",
            "description": "Police removed her while she accompanied a client.",
            "confidentiality": "internal",
        },
        headers=HTMX,
    )
    assert edited.status_code == 200
    event.refresh_from_db()
    assert event.date.to_text() == "2019-01-14"
    assert AuditEntry.objects.filter(verb="event.update", target_id=str(event.pk)).exists()


def test_a_victim_already_recorded_is_picked_not_entered_twice(
    client: Client, documenter: User
) -> None:
    client.force_login(documenter)
    known = person(documenter, "Семёнова Елена")
    event = client.post(
        reverse("records:event_form"),
        {"title": "Search of her house", "date": "2018-10-08", "confidentiality": "internal"},
    )
    assert event.status_code == 302
    created = Event.objects.get(title="Search of her house")

    undecided = client.post(
        reverse("records:act_add", kwargs={"pk": created.pk}),
        {"act_type": "arrest", "victim_name": "Semenova"},
        headers=HTMX,
    )
    assert undecided.status_code == 400
    assert "choose one of them" in undecided.content.decode()
    assert "Семёнова Елена" in undecided.content.decode()
    assert not Act.objects.filter(event=created).exists()

    picked = client.post(
        reverse("records:act_add", kwargs={"pk": created.pk}),
        {"act_type": "arrest", "victim_name": "Semenova", "victim_choice": str(known.pk)},
        headers=HTMX,
    )
    assert picked.status_code == 200
    assert Act.objects.get(event=created).victim == known
    assert Person.objects.count() == 1


def test_a_date_the_form_cannot_read_is_explained_next_to_the_field(
    client: Client, documenter: User
) -> None:
    client.force_login(documenter)
    response = client.post(
        reverse("records:event_form"),
        {"title": "Something", "date": "last autumn", "confidentiality": "internal"},
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert "date" in form.errors
    assert "2018-10" in form.errors["date"][0]
    assert not Event.objects.filter(title="Something").exists()


def test_removing_an_act_from_the_editor_deletes_it_and_leaves_an_audit_entry(
    client: Client, documenter: User
) -> None:
    client.force_login(documenter)
    client.post(
        reverse("records:event_form"),
        {"title": "Bottles thrown at the house", "date": "2018", "confidentiality": "internal"},
    )
    event = Event.objects.get(title="Bottles thrown at the house")
    client.post(
        reverse("records:act_add", kwargs={"pk": event.pk}), {"act_type": "arrest"}, headers=HTMX
    )
    act = Act.objects.get(event=event)
    removed = client.post(reverse("records:act_delete", kwargs={"pk": act.pk}), headers=HTMX)
    assert removed.status_code == 200
    assert not Act.objects.filter(pk=act.pk).exists()
    assert AuditEntry.objects.filter(verb="act.delete", target_id=str(act.pk)).exists()
