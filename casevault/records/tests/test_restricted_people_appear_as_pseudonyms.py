import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.records import actions
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def chronology(coordinator: User, analyst: User) -> dict[str, object]:
    dossier = case(coordinator, title="Torture allegations")
    CaseGrant.objects.create(user=analyst, case=dossier, can_edit=False)
    witness = person(coordinator, "Айгуль Нурланова", confidentiality="restricted")
    beaten = event(coordinator, title="Beating in the yard", date="2018-10-08")
    actions.case_add_event(actor=coordinator, case=dossier, event=beaten)
    actions.act_create(actor=coordinator, event=beaten, act_type="arrest", victim=witness)
    return {"case": dossier, "witness": witness}


def test_a_reader_without_clearance_sees_the_pseudonym_instead_of_the_name(
    client: Client, analyst: User, chronology: dict[str, object]
) -> None:
    client.force_login(analyst)
    page = client.get(reverse("records:case_detail", kwargs={"pk": chronology["case"].pk}))  # type: ignore[attr-defined]
    html = page.content.decode()
    assert page.status_code == 200
    assert chronology["witness"].pseudonym in html  # type: ignore[attr-defined]
    assert "Айгуль" not in html
    assert "Nurlanova" not in html


def test_the_pseudonym_does_not_link_to_a_page_the_reader_cannot_open(
    client: Client, analyst: User, chronology: dict[str, object]
) -> None:
    client.force_login(analyst)
    witness_url = reverse("records:person_detail", kwargs={"pk": chronology["witness"].pk})  # type: ignore[attr-defined]
    page = client.get(reverse("records:case_detail", kwargs={"pk": chronology["case"].pk}))  # type: ignore[attr-defined]
    assert witness_url not in page.content.decode()
    assert client.get(witness_url).status_code == 404


def test_a_reader_with_clearance_sees_the_name(
    client: Client, coordinator: User, chronology: dict[str, object]
) -> None:
    client.force_login(coordinator)
    page = client.get(reverse("records:case_detail", kwargs={"pk": chronology["case"].pk}))  # type: ignore[attr-defined]
    assert "Айгуль Нурланова" in page.content.decode()
