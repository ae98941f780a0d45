"""Writes of record linkage: run the model, accept, reject and undo pairs.

Every decision is one transaction with its audit entry (score, reviewer, time, model
version). A merge never deletes or overwrites: it adds memberships of person records in an
entity, and undoing it deactivates them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.linkage.features import PersonRecord
from casevault.linkage.model import LinkResult, ScoredPair, link
from casevault.linkage.models import Entity, EntityMembership, LinkDecision
from casevault.linkage.people_source import ListRef, people_for_linkage, person_records
from casevault.linkage.synthetic import generate
from casevault.records.models import Person

# Proposals for review: below the model's own 0.9, because in a growing collection true
# pairs with little evidence score between about 0.5 and 0.9 (docs/linkage.md).
REVIEW_THRESHOLD = 0.5
# EM needs a few thousand records to learn from; a small vault is padded with synthetic
# people (in memory, never stored) that are dropped from the results.
BACKGROUND_RECORDS = 3000
BACKGROUND_SEED = 2026
_BACKGROUND_PREFIX = "synthetic:"


# Trained models and their scored pairs, per vault and per exact input, in this process's
# memory only (never a file: the pairs point at people). Training takes seconds, so the
# review page reuses a run until the people, their names or the reviewed pairs change.
_RUNS_KEPT = 4
_runs: OrderedDict[tuple[str, str], LinkResult] = OrderedDict()
_runs_lock = threading.Lock()


def _run_key(
    records: list[PersonRecord], labels: list[tuple[str, str]], threshold: float
) -> tuple[str, str]:
    digest = hashlib.sha256()
    for record in records:
        digest.update(json.dumps(astuple(record), default=str).encode())
    digest.update(json.dumps([sorted(labels), threshold]).encode())
    return str(connection.settings_dict.get("NAME")), digest.hexdigest()


def _cached_link(
    records: list[PersonRecord],
    labels: list[tuple[str, str]],
    threshold: float,
    *,
    retrain: bool,
) -> LinkResult:
    key = _run_key(records, labels, threshold)
    with _runs_lock:
        cached = None if retrain else _runs.get(key)
        if cached is not None:
            _runs.move_to_end(key)
            return cached
    result = link([*records, *_background(len(records))], threshold=threshold, labels=labels)
    with _runs_lock:
        _runs[key] = result
        while len(_runs) > _RUNS_KEPT:
            _runs.popitem(last=False)
    return result


def forget_runs() -> None:
    """Drop every cached run (tests, and after a vault is locked)."""
    with _runs_lock:
        _runs.clear()


class LinkageError(ValueError):
    """A decision a reviewer can correct: the message says what was wrong."""


@dataclass(slots=True)
class Candidates:
    """One run of the model over the vault: nothing of it is stored."""

    pairs: list[ScoredPair]  # undecided pairs at or above the threshold, best first
    clusters: dict[str, str]  # person id -> cluster id (every person, singletons too)
    model_version: str
    threshold: float
    records: list[PersonRecord]
    lists: dict[Any, list[ListRef]] = field(default_factory=dict)
    decided: dict[tuple[str, str], str] = field(default_factory=dict)  # pair -> outcome

    def cluster_members(self) -> dict[str, list[str]]:
        members: dict[str, list[str]] = {}
        for record_id, cluster_id in self.clusters.items():
            members.setdefault(cluster_id, []).append(record_id)
        return members


def pair_key(a: Any, b: Any) -> tuple[str, str]:
    """A pair of person ids in the order decisions store it."""
    left, right = str(a), str(b)
    return (left, right) if left < right else (right, left)


def reviewed_pairs(ids: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Live decisions as {pair: outcome}, optionally only among ``ids``."""
    decisions = LinkDecision.objects.filter(undone_at__isnull=True)
    wanted = set(ids) if ids is not None else None
    out: dict[tuple[str, str], str] = {}
    for a, b, outcome in decisions.values_list("person_a_id", "person_b_id", "outcome"):
        key = pair_key(a, b)
        if wanted is None or (key[0] in wanted and key[1] in wanted):
            out[key] = outcome
    return out


def link_run(
    *,
    actor: User,
    threshold: float = REVIEW_THRESHOLD,
    sources: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = None,
    retrain: bool = False,
) -> Candidates:
    """Score every pair of people the actor may see; return proposals, store nothing.

    The trained model and its pairs are kept in memory for the same people, names and
    reviewed pairs; ``retrain`` trains afresh anyway.

    Accepted pairs go to ``link`` as labels (they train the m probabilities). The
    reviewers' verdicts then override the model: a decided pair, or one already inside one
    linked person, is not proposed again; a rejected pair's own score does not join the
    two; records linked to one entity are always clustered together.
    """
    require(actor, "linkage.review")
    if not 0.0 < threshold <= 1.0:
        raise LinkageError(
            f"the threshold must be a probability above 0 and at most 1, not {threshold}"
        )
    step = progress or (lambda _stage: None)
    step("reading people")
    records, lists = person_records(actor, sources=sources)
    ids = {record.id for record in records}
    decided = reviewed_pairs(ids)
    labels = [pair for pair, outcome in decided.items() if outcome == LinkDecision.Outcome.ACCEPTED]
    step("training and scoring")
    result = _cached_link(records, labels, threshold, retrain=retrain)
    step("clustering")
    entity_of = _active_entities(ids)
    scored = [pair for pair in result.pairs if pair.id_l in ids and pair.id_r in ids]
    # A pair already inside one linked person needs no review, even if never decided itself.
    undecided = [
        p
        for p in scored
        if pair_key(p.id_l, p.id_r) not in decided
        and (p.id_l not in entity_of or entity_of.get(p.id_l) != entity_of.get(p.id_r))
    ]
    undecided.sort(key=lambda p: (-p.match_probability, p.id_l, p.id_r))
    together = [
        pair_key(p.id_l, p.id_r)
        for p in scored
        if decided.get(pair_key(p.id_l, p.id_r)) != LinkDecision.Outcome.REJECTED
    ]
    members: dict[Any, list[str]] = {}
    for person_id, entity_id in entity_of.items():
        members.setdefault(entity_id, []).append(person_id)
    linked = [(group[0], other) for group in members.values() for other in group[1:]]
    clusters = _components(sorted(ids), [*together, *labels, *linked])
    return Candidates(
        pairs=undecided,
        clusters=clusters,
        model_version=result.model_version,
        threshold=threshold,
        records=records,
        lists=lists,
        decided=decided,
    )


def _active_entities(ids: set[str]) -> dict[str, Any]:
    """person id -> the entity it is linked to now, for the given people."""
    return {
        str(person_id): entity_id
        for person_id, entity_id in EntityMembership.objects.filter(active=True).values_list(
            "person_id", "entity_id"
        )
        if str(person_id) in ids
    }


def _background(vault_count: int) -> list[PersonRecord]:
    count = BACKGROUND_RECORDS - vault_count
    if vault_count < 2 or count <= 0:
        return []
    background = generate(count, seed=BACKGROUND_SEED).records
    for record in background:
        record.id = f"{_BACKGROUND_PREFIX}{record.id}"
    return background


def _components(ids: list[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Connected components; each cluster is named by its smallest member id."""
    parent = {record_id: record_id for record_id in ids}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {record_id: root(record_id) for record_id in ids}


# --- Decisions -------------------------------------------------------------------------


def _check_pair(actor: User, person_a: Person, person_b: Person) -> tuple[Person, Person]:
    require(actor, "linkage.review")
    if person_a.pk == person_b.pk:
        raise LinkageError("a person record cannot be linked to itself")
    for person in (person_a, person_b):
        require(actor, "linkage.review", person)
    visible = people_for_linkage(actor).filter(pk__in=[person_a.pk, person_b.pk]).count()
    if visible != 2:
        raise PermissionDenied("you may only link people whose records you can see")
    return (person_a, person_b) if str(person_a.pk) < str(person_b.pk) else (person_b, person_a)


def _refuse_if_decided(a: Person, b: Person) -> None:
    live = LinkDecision.objects.filter(person_a=a, person_b=b, undone_at__isnull=True).first()
    if live is not None:
        raise LinkageError(
            f"{a.pseudonym} and {b.pseudonym} were already {live.outcome} by "
            f"{live.reviewer.username}: undo that decision first to change it"
        )


def _decide(
    actor: User,
    a: Person,
    b: Person,
    outcome: str,
    score: float | None,
    model_version: str,
) -> LinkDecision:
    # Lock both people: two reviewers deciding pairs that share a person must not both
    # read "no entity yet" and make two entities for one person.
    list(Person.objects.select_for_update().filter(pk__in=[a.pk, b.pk]))
    _refuse_if_decided(a, b)
    return LinkDecision.objects.create(
        person_a=a,
        person_b=b,
        outcome=outcome,
        score=score,
        model_version=model_version[:120],
        reviewer=actor,
        decided_at=timezone.now(),
    )


def _audit_decision(actor: User, verb: str, decision: LinkDecision) -> None:
    audit.record(
        actor=actor,
        verb=verb,
        target=decision,
        details={
            "person_a": str(decision.person_a_id),
            "person_b": str(decision.person_b_id),
            "outcome": decision.outcome,
            "score": decision.score,
            "model_version": decision.model_version,
            "reviewer": decision.reviewer.username,
            "decided_at": decision.decided_at.isoformat(),
            "entity": str(decision.entity_id) if decision.entity_id else None,
        },
    )


def _join(decision: LinkDecision, person: Person, entity: Entity) -> EntityMembership:
    return EntityMembership.objects.create(
        entity=entity,
        person=person,
        linked_by=decision.reviewer,
        linked_at=decision.decided_at,
        score=decision.score,
        model_version=decision.model_version,
        decision=decision,
    )


def _end(membership: EntityMembership, decision: LinkDecision) -> None:
    membership.active = False
    membership.ended_at = timezone.now()
    membership.ended_by_decision = decision
    membership.save(update_fields=["active", "ended_at", "ended_by_decision"])


def link_accept(
    *,
    actor: User,
    person_a: Person,
    person_b: Person,
    score: float | None,
    model_version: str,
) -> LinkDecision:
    """Link two person records to one entity; both keep everything they had."""
    a, b = _check_pair(actor, person_a, person_b)
    with transaction.atomic():
        decision = _decide(actor, a, b, LinkDecision.Outcome.ACCEPTED, score, model_version)
        active = {
            m.person_id: m
            for m in EntityMembership.objects.select_for_update().filter(
                person__in=[a, b], active=True
            )
        }
        in_a, in_b = active.get(a.pk), active.get(b.pk)
        if in_a is None and in_b is None:
            entity = Entity.objects.create()
            _join(decision, a, entity)
            _join(decision, b, entity)
        elif in_a is not None and in_b is None:
            entity = in_a.entity
            _join(decision, b, entity)
        elif in_a is None and in_b is not None:
            entity = in_b.entity
            _join(decision, a, entity)
        else:
            assert in_a is not None and in_b is not None  # noqa: S101 - the branches above
            entity = _merge_entities(decision, in_a.entity, in_b.entity)
        decision.entity = entity
        decision.save(update_fields=["entity"])
        _audit_decision(actor, "linkage.accept", decision)
    return decision


def _merge_entities(decision: LinkDecision, first: Entity, second: Entity) -> Entity:
    """Join two entities: the younger one's records move to the older one.

    The moved memberships end (they are kept) and the new ones point back at them, so
    undoing this decision can put the records back where they were.
    """
    if first.pk == second.pk:
        return first
    keep, leave = (first, second) if first.created_at <= second.created_at else (second, first)
    for old in list(EntityMembership.objects.filter(entity=leave, active=True)):
        _end(old, decision)
        EntityMembership.objects.create(
            entity=keep,
            person_id=old.person_id,
            linked_by=decision.reviewer,
            linked_at=decision.decided_at,
            score=decision.score,
            model_version=decision.model_version,
            decision=decision,
            replaces=old,
        )
    return keep


def link_reject(
    *,
    actor: User,
    person_a: Person,
    person_b: Person,
    score: float | None,
    model_version: str,
) -> LinkDecision:
    """Record that two person records are different people; nothing else changes."""
    a, b = _check_pair(actor, person_a, person_b)
    with transaction.atomic():
        decision = _decide(actor, a, b, LinkDecision.Outcome.REJECTED, score, model_version)
        _audit_decision(actor, "linkage.reject", decision)
    return decision


def link_undo(*, actor: User, decision: LinkDecision) -> LinkDecision:
    """Undo a decision: its memberships are deactivated (and any it ended restored).

    Memberships a later decision has already moved are that decision's to undo; undoing
    that later decision restores them only while this one still stands.
    """
    _check_pair(actor, decision.person_a, decision.person_b)
    with transaction.atomic():
        decision = LinkDecision.objects.select_for_update().get(pk=decision.pk)
        if decision.undone_at is not None:
            raise LinkageError("this decision was already undone")
        now = timezone.now()
        for membership in list(decision.memberships.filter(active=True)):
            _end(membership, decision)
            old = membership.replaces
            # A decision undone meanwhile has no link left to restore.
            if old is not None and old.decision.undone_at is None:
                # Back to the entity it was in before this decision joined the two.
                EntityMembership.objects.create(
                    entity_id=old.entity_id,
                    person_id=old.person_id,
                    linked_by=actor,
                    linked_at=now,
                    score=old.score,
                    model_version=old.model_version,
                    decision_id=old.decision_id,
                    replaces_id=old.replaces_id,
                )
        decision.undone_at = now
        decision.undone_by = actor
        decision.save(update_fields=["undone_at", "undone_by"])
        audit.record(
            actor=actor,
            verb="linkage.undo",
            target=decision,
            details={
                "person_a": str(decision.person_a_id),
                "person_b": str(decision.person_b_id),
                "outcome": decision.outcome,
                "score": decision.score,
                "model_version": decision.model_version,
                "reviewer": decision.reviewer.username,
                "undone_at": now.isoformat(),
            },
        )
    return decision
