"""Undoing an accepted link deactivates its memberships and marks the decision undone;
undoing a join of two entities puts each record back where it was."""

from __future__ import annotations

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.linkage import actions
from casevault.linkage.models import EntityMembership
from casevault.records.models import Person

pytestmark = pytest.mark.django_db


def _active_entity(person: Person) -> object:
    found = EntityMembership.objects.filter(person=person, active=True).first()
    return found.entity_id if found else None


def test_undo_unlinks_the_records_and_keeps_the_history(coordinator: User, analyst: User) -> None:
    a, b = testing.person(coordinator, "Elena Semenova"), testing.person(coordinator, "Семенова Е.")
    decision = actions.link_accept(
        actor=analyst, person_a=a, person_b=b, score=0.88, model_version="m1"
    )

    actions.link_undo(actor=analyst, decision=decision)

    decision.refresh_from_db()
    assert decision.undone_at is not None and decision.undone_by == analyst
    assert _active_entity(a) is None and _active_entity(b) is None
    history = EntityMembership.objects.filter(decision=decision)
    assert history.count() == 2 and not history.filter(active=True).exists()
    assert all(m.ended_at is not None for m in history)
    entry = AuditEntry.objects.get(verb="linkage.undo", target_id=str(decision.pk))
    assert entry.details["score"] == 0.88 and entry.details["model_version"] == "m1"


def test_undo_of_a_join_restores_both_entities(coordinator: User, analyst: User) -> None:
    a, b, c, d = (testing.person(coordinator, n) for n in ("A A", "B B", "C C", "D D"))
    first = actions.link_accept(actor=analyst, person_a=a, person_b=b, score=0.9, model_version="")
    second = actions.link_accept(actor=analyst, person_a=c, person_b=d, score=0.9, model_version="")
    join = actions.link_accept(actor=analyst, person_a=b, person_b=c, score=0.6, model_version="")
    assert _active_entity(d) == first.entity_id

    actions.link_undo(actor=analyst, decision=join)

    assert _active_entity(a) == _active_entity(b) == first.entity_id
    assert _active_entity(c) == _active_entity(d) == second.entity_id


def test_an_undone_decision_cannot_be_undone_again_and_the_pair_can_be_decided_anew(
    coordinator: User, analyst: User
) -> None:
    a, b = testing.person(coordinator, "A A"), testing.person(coordinator, "B B")
    decision = actions.link_accept(
        actor=analyst, person_a=a, person_b=b, score=None, model_version=""
    )
    actions.link_undo(actor=analyst, decision=decision)

    with pytest.raises(actions.LinkageError, match="already undone"):
        actions.link_undo(actor=analyst, decision=decision)
    again = actions.link_reject(actor=analyst, person_a=a, person_b=b, score=None, model_version="")
    assert again.pk != decision.pk
