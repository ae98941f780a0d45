from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.accounts.tests.helpers import sign_in
from casevault.testing import case


def test_a_team_member_sees_their_cases_and_not_the_others(
    client: Client, coordinator: User, documenter: User
) -> None:
    mine = case(coordinator, "Search of the monitor's house")
    case(coordinator, "Another team's case")
    CaseGrant.objects.create(user=documenter, case=mine)
    sign_in(client, documenter)
    page = client.get(reverse("home")).content.decode()
    assert "Search of the monitor&#x27;s house" in page
    assert "Another team" not in page


def test_a_case_above_the_members_clearance_stays_hidden(
    client: Client, coordinator: User, documenter: User
) -> None:
    secret = case(coordinator, "Witness protection file", confidentiality="secret")
    CaseGrant.objects.create(user=documenter, case=secret)
    sign_in(client, documenter)
    assert "Witness protection file" not in client.get(reverse("home")).content.decode()


def test_coordinators_see_every_case(client: Client, coordinator: User, lawyer: User) -> None:
    case(lawyer, "Libel suit against the monitor")
    sign_in(client, coordinator)
    assert "Libel suit against the monitor" in client.get(reverse("home")).content.decode()


def test_someone_on_no_team_is_told_how_to_join_one(client: Client, outsider: User) -> None:
    sign_in(client, outsider)
    assert "You are not on any case team yet" in client.get(reverse("home")).content.decode()
