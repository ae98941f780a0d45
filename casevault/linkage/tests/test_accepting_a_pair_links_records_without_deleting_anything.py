"""Accepting a pair links both person records to one entity; every record keeps its names,
acts and sources; the decision is audited with its score, reviewer and model version."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from casevault import testing
from casevault.accounts.models import User
from casevault.audit.models import AuditEntry
from casevault.linkage import actions
from casevault.linkage.models import Entity, EntityMembership, LinkDecision
from casevault.records import actions as records
from casevault.records.models import Act, Person

pytestmark = pytest.mark.django_db

MODEL = "casevault-linkage-1+splink-test+0123456789ab"


def _victim(actor: User, name: str) -> Person:
    person = testing.person(actor, name)
    event = testing.event(actor, f"Detention of {name}")
    records.act_create(actor=actor, event=event, act_type="detention", victim=person)
    return person


def test_accepting_links_both_records_and_keeps_them_whole(
    coordinator: User, analyst: User
) -> None:
    cyrillic = _victim(coordinator, "Семёнова Елена Викторовна")
    latin = _victim(coordinator, "Elena Semionova")

    decision = actions.link_accept(
        actor=analyst, person_a=latin, person_b=cyrillic, score=0.93, model_version=MODEL
    )

    assert decision.outcome == LinkDecision.Outcome.ACCEPTED
    assert decision.reviewer == analyst and decision.score == 0.93
    assert decision.model_version == MODEL and decision.entity is not None
    members = EntityMembership.objects.filter(entity=decision.entity, active=True)
    assert {m.person_id for m in members} == {cyrillic.pk, latin.pk}
    assert all(m.score == 0.93 and m.model_version == MODEL for m in members)
    # Nothing was merged into anything: both records, names and acts are still there.
    assert Person.objects.filter(pk__in=[cyrillic.pk, latin.pk]).count() == 2
    assert [n.full_name for n in cyrillic.names.all()] == ["Семёнова Елена Викторовна"]
    assert [n.full_name for n in latin.names.all()] == ["Elena Semionova"]
    assert Act.objects.filter(victim=cyrillic).count() == 1
    assert Act.objects.filter(victim=latin).count() == 1


def test_the_decision_is_audited_with_score_reviewer_time_and_model(
    coordinator: User, analyst: User
) -> None:
    first, second = _victim(coordinator, "Semenova Elena"), _victim(coordinator, "Семенова Е.")

    decision = actions.link_accept(
        actor=analyst, person_a=first, person_b=second, score=0.81, model_version=MODEL
    )

    entry = AuditEntry.objects.get(verb="linkage.accept", target_id=str(decision.pk))
    assert entry.actor == "analyst"
    assert entry.details["score"] == 0.81
    assert entry.details["model_version"] == MODEL
    assert entry.details["reviewer"] == "analyst"
    assert entry.details["decided_at"] == decision.decided_at.isoformat()
    assert entry.details["entity"] == str(decision.entity_id)


def test_a_third_record_joins_the_same_entity_and_two_entities_join_without_loss(
    coordinator: User, analyst: User
) -> None:
    a, b, c, d = (_victim(coordinator, n) for n in ("A Semenova", "B Semenova", "C X", "D X"))
    first = actions.link_accept(
        actor=analyst, person_a=a, person_b=b, score=0.9, model_version=MODEL
    )
    second = actions.link_accept(
        actor=analyst, person_a=c, person_b=d, score=0.9, model_version=MODEL
    )

    joined = actions.link_accept(
        actor=analyst, person_a=b, person_b=c, score=0.7, model_version=MODEL
    )

    assert joined.entity_id == first.entity_id  # the older entity is kept
    active = EntityMembership.objects.filter(active=True)
    assert {m.person_id for m in active.filter(entity=first.entity)} == {a.pk, b.pk, c.pk, d.pk}
    ended = EntityMembership.objects.filter(active=False)
    assert {m.entity_id for m in ended} == {second.entity_id}
    assert Entity.objects.count() == 2  # the emptied entity stays, for the record


def test_a_pair_is_decided_once_and_a_record_is_in_one_active_entity(
    coordinator: User, analyst: User
) -> None:
    a, b = _victim(coordinator, "A Semenova"), _victim(coordinator, "B Semenova")
    actions.link_accept(actor=analyst, person_a=a, person_b=b, score=None, model_version="")

    with pytest.raises(actions.LinkageError, match="already accepted"):
        actions.link_reject(actor=analyst, person_a=b, person_b=a, score=None, model_version="")
    with pytest.raises(actions.LinkageError, match="itself"):
        actions.link_accept(actor=analyst, person_a=a, person_b=a, score=None, model_version="")
    membership = EntityMembership.objects.get(person=a, active=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        EntityMembership.objects.create(
            entity=Entity.objects.create(),
            person=a,
            linked_by=analyst,
            decision=membership.decision,
        )
