"""Who may open the review and entity pages and decide pairs (a role matrix), and what the
pages show: both sides' names in every script, acts and sources; accept, then undo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from casevault import testing
from casevault.accounts.models import User
from casevault.linkage import actions
from casevault.linkage.features import PersonRecord
from casevault.linkage.model import LinkResult, ScoredPair
from casevault.linkage.models import EntityMembership, LinkDecision
from casevault.records import actions as records
from casevault.records.models import Person

pytestmark = pytest.mark.django_db


def _fake_link(
    records_: Sequence[PersonRecord],
    threshold: float = 0.9,
    labels: Iterable[tuple[str, str]] | None = None,
    **_: Any,
) -> LinkResult:
    ids = sorted(r.id for r in records_ if not r.id.startswith("synthetic:"))
    pairs = [ScoredPair(a, b, 0.87, 3.0) for i, a in enumerate(ids) for b in ids[i + 1 :]]
    return LinkResult(pairs, {i: i for i in ids}, "fake-model", threshold, {})


@pytest.fixture
def pair(coordinator: User, monkeypatch: pytest.MonkeyPatch) -> tuple[Person, Person]:
    monkeypatch.setattr(actions, "link", _fake_link)
    cyrillic = testing.person(coordinator, "Семёнова Елена Викторовна", "Semenova Elena")
    latin = testing.person(coordinator, "Yelena Semenova")
    source = records.source_create(actor=coordinator, source_type="document", title="NGO report")
    event = testing.event(coordinator, "Beating at SIZO-1")
    act = records.act_create(actor=coordinator, event=event, act_type="detention", victim=latin)
    records.information_create(actor=coordinator, source=source, act=act)
    return cyrillic, latin


def _post(client: Client, name: str, pair: tuple[Person, Person]) -> int:
    data = {"person_a": pair[0].pk, "person_b": pair[1].pk, "score": "0.87", "model_version": "m"}
    return client.post(reverse(name), data).status_code


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("analyst", True),
        ("coordinator", True),
        ("admin", True),
        ("documenter", False),
        ("lawyer", False),
        ("editor", False),
    ],
)
def test_only_reviewers_may_open_the_pages_and_decide(
    client: Client,
    pair: tuple[Person, Person],
    persona: str,
    allowed: bool,
    request: pytest.FixtureRequest,
) -> None:
    user = request.getfixturevalue(persona)
    client.force_login(user)
    expected = 200 if allowed else 403

    assert client.get(reverse("linkage:review")).status_code == expected
    assert client.get(reverse("linkage:entity_list")).status_code == expected
    assert _post(client, "linkage:accept", pair) == (302 if allowed else 403)
    assert LinkDecision.objects.exists() is allowed


def test_a_documenter_cannot_open_an_entity_or_undo_a_link(
    client: Client, pair: tuple[Person, Person], analyst: User, documenter: User
) -> None:
    decision = actions.link_accept(
        actor=analyst, person_a=pair[0], person_b=pair[1], score=0.87, model_version="m"
    )
    client.force_login(documenter)

    assert client.get(reverse("linkage:entity", args=[decision.entity_id])).status_code == 403
    assert client.post(reverse("linkage:undo", args=[decision.pk])).status_code == 403
    assert EntityMembership.objects.filter(active=True).count() == 2


def test_a_stranger_is_sent_to_sign_in(client: Client, pair: tuple[Person, Person]) -> None:
    response = client.get(reverse("linkage:review"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_unknown_entity_is_a_404(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    missing = "00000000-0000-4000-8000-000000000000"
    assert client.get(reverse("linkage:entity", args=[missing])).status_code == 404


def test_the_review_page_shows_both_sides_and_accept_then_undo_works(
    client: Client, pair: tuple[Person, Person], analyst: User
) -> None:
    client.force_login(analyst)

    page = client.get(reverse("linkage:review")).content.decode()
    for text in ("Семёнова Елена Викторовна", "Semenova Elena", "Yelena Semenova"):
        assert text in page
    assert "NGO report" in page and "Beating at SIZO-1" in page and "0.870" in page

    response = client.post(
        reverse("linkage:accept"),
        {"person_a": pair[0].pk, "person_b": pair[1].pk, "score": "0.87", "model_version": "m"},
    )
    decision = LinkDecision.objects.get()
    assert response["Location"] == reverse("linkage:entity", args=[decision.entity_id])
    entity_page = client.get(response["Location"]).content.decode()
    assert "Семёнова Елена Викторовна" in entity_page and "Yelena Semenova" in entity_page

    assert client.post(reverse("linkage:undo", args=[decision.pk])).status_code == 302
    decision.refresh_from_db()
    assert decision.undone_at is not None
    assert not EntityMembership.objects.filter(active=True).exists()


def test_rejecting_from_the_page_removes_the_pair_from_review(
    client: Client, pair: tuple[Person, Person], analyst: User
) -> None:
    client.force_login(analyst)

    assert _post(client, "linkage:reject", pair) == 302

    assert LinkDecision.objects.get().outcome == LinkDecision.Outcome.REJECTED
    page = client.get(reverse("linkage:review")).content.decode()
    assert "No pairs wait for review" in page
