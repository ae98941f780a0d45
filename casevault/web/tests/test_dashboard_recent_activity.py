from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in
from casevault.testing import event


def test_a_documenter_sees_only_their_own_actions(
    client: Client, documenter: User, lawyer: User
) -> None:
    event(documenter, "Visit to the remand prison")
    event(lawyer, "Court hearing postponed")
    sign_in(client, documenter)
    page = client.get(reverse("home")).content.decode()
    assert "My recent activity" in page
    assert "event.create" in page
    assert page.count("event.create") == 1
    assert "lawyer" not in page.split("My recent activity", 1)[1]


def test_a_coordinator_sees_everyone_s_actions(
    client: Client, coordinator: User, documenter: User, lawyer: User
) -> None:
    event(documenter, "Visit to the remand prison")
    event(lawyer, "Court hearing postponed")
    sign_in(client, coordinator)
    page = client.get(reverse("home")).content.decode()
    activity = page.split("Recent activity", 1)[1]
    assert "<td>documenter</td>" in activity and "<td>lawyer</td>" in activity
    assert "signed in" in activity  # sign-in events are put in words
