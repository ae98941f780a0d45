"""The review page does not retrain on every load: a run is kept in memory until the
people, their names or the reviewed pairs change, or a reviewer asks to retrain."""

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

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []

    def fake_link(
        records_: Sequence[PersonRecord],
        threshold: float = 0.9,
        labels: Iterable[tuple[str, str]] | None = None,
        **_: Any,
    ) -> LinkResult:
        calls.append(len(records_))
        ids = sorted(r.id for r in records_ if not r.id.startswith("synthetic:"))
        pairs = [ScoredPair(a, b, 0.8, 2.0) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        return LinkResult(pairs, {i: i for i in ids}, "fake-model", threshold, {})

    monkeypatch.setattr(actions, "link", fake_link)
    return calls


def test_a_second_run_on_the_same_people_reuses_the_model(
    coordinator: User, trainings: list[int]
) -> None:
    testing.person(coordinator, "Семёнова Елена Викторовна")
    testing.person(coordinator, "Yelena Semenova")
    first = actions.link_run(actor=coordinator)
    second = actions.link_run(actor=coordinator)
    assert len(trainings) == 1
    assert [(p.id_l, p.id_r) for p in first.pairs] == [(p.id_l, p.id_r) for p in second.pairs]


def test_a_new_person_or_a_retrain_request_trains_again(
    coordinator: User, trainings: list[int]
) -> None:
    testing.person(coordinator, "Семёнова Елена Викторовна")
    testing.person(coordinator, "Yelena Semenova")
    actions.link_run(actor=coordinator)
    testing.person(coordinator, "E. Semyonova")
    third = actions.link_run(actor=coordinator)
    assert len(trainings) == 2
    assert len(third.records) == 3
    actions.link_run(actor=coordinator, retrain=True)
    assert len(trainings) == 3


def test_the_review_page_trains_once_and_again_on_demand(
    coordinator: User, trainings: list[int], client: Client
) -> None:
    testing.person(coordinator, "Семёнова Елена Викторовна")
    testing.person(coordinator, "Yelena Semenova")
    client.force_login(coordinator)
    assert client.get(reverse("linkage:review")).status_code == 200
    assert client.get(reverse("linkage:review")).status_code == 200
    assert len(trainings) == 1
    assert client.get(reverse("linkage:review"), {"retrain": "on"}).status_code == 200
    assert len(trainings) == 2
