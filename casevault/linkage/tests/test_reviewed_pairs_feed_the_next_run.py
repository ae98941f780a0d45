"""Reviewers' decisions feed the next run: accepted pairs go to the model as labels, and a
rejected pair is neither proposed again nor clustered together, whatever the model says."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.linkage import actions
from casevault.linkage.features import PersonRecord
from casevault.linkage.model import LinkResult, ScoredPair

pytestmark = pytest.mark.django_db


class FakeModel:
    """Scores every pair of vault records 0.95 and remembers the labels it was given."""

    def __init__(self) -> None:
        self.labels: list[tuple[str, str]] = []

    def __call__(
        self,
        records: Sequence[PersonRecord],
        threshold: float = 0.9,
        labels: Iterable[tuple[str, str]] | None = None,
        **_: Any,
    ) -> LinkResult:
        self.labels = list(labels or [])
        ids = sorted(r.id for r in records if not r.id.startswith("synthetic:"))
        pairs = [ScoredPair(a, b, 0.95, 4.0) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        return LinkResult(
            pairs=pairs,
            clusters={r.id: ids[0] for r in records},
            model_version="fake-model",
            threshold=threshold,
            model={},
        )


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    fake = FakeModel()
    monkeypatch.setattr(actions, "link", fake)
    return fake


def test_accepted_pairs_are_labels_and_rejected_pairs_stay_apart(
    coordinator: User, analyst: User, model: FakeModel
) -> None:
    elena = testing.person(coordinator, "Семёнова Елена")
    semionova = testing.person(coordinator, "Elena Semionova")
    olga = testing.person(coordinator, "Semenova Olga")
    actions.link_accept(
        actor=analyst, person_a=elena, person_b=semionova, score=0.95, model_version="fake-model"
    )
    actions.link_reject(
        actor=analyst, person_a=elena, person_b=olga, score=0.95, model_version="fake-model"
    )
    actions.link_reject(
        actor=analyst, person_a=semionova, person_b=olga, score=0.95, model_version="fake-model"
    )

    candidates = actions.link_run(actor=analyst, threshold=0.5)

    assert model.labels == [actions.pair_key(elena.pk, semionova.pk)]
    assert candidates.pairs == []  # every pair has been decided
    clusters = candidates.clusters
    assert clusters[str(elena.pk)] == clusters[str(semionova.pk)]
    assert clusters[str(olga.pk)] != clusters[str(elena.pk)]


def test_an_undone_rejection_is_proposed_again(
    coordinator: User, analyst: User, model: FakeModel
) -> None:
    elena = testing.person(coordinator, "Семёнова Елена")
    olga = testing.person(coordinator, "Semenova Olga")
    rejection = actions.link_reject(
        actor=analyst, person_a=elena, person_b=olga, score=0.95, model_version="fake-model"
    )
    assert actions.link_run(actor=analyst).pairs == []

    actions.link_undo(actor=analyst, decision=rejection)

    proposed = actions.link_run(actor=analyst).pairs
    assert [{p.id_l, p.id_r} for p in proposed] == [{str(elena.pk), str(olga.pk)}]
    assert model.labels == []


def test_a_pair_already_inside_one_linked_person_is_not_proposed(
    coordinator: User, analyst: User, model: FakeModel
) -> None:
    a, b, c = (testing.person(coordinator, n) for n in ("Elena Semenova", "Семенова Е.", "E. S."))
    actions.link_accept(actor=analyst, person_a=a, person_b=b, score=0.9, model_version="")
    actions.link_accept(actor=analyst, person_a=b, person_b=c, score=0.9, model_version="")

    candidates = actions.link_run(actor=analyst)

    assert candidates.pairs == []  # a ~ c was never decided, but they are one person now
    assert len({candidates.clusters[str(p.pk)] for p in (a, b, c)}) == 1
