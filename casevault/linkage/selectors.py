"""Reads of record linkage that apply permissions: review pairs, entities, counts, lists."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import Http404

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.linkage.model import ScoredPair
from casevault.linkage.models import Entity, EntityMembership, LinkDecision
from casevault.linkage.people_source import ListRef, people_for_linkage, person_lists
from casevault.records import selectors as records
from casevault.records.models import Act, Person, PersonName


def require_reviewer(user: User) -> None:
    if not has_perm(user, "linkage.review"):
        raise PermissionDenied("reviewing record linkage is not part of your role")


# --- One person's side of a pair -------------------------------------------------------


@dataclass(slots=True)
class ActSummary:
    act: Act
    act_type: str
    date: str
    event_title: str
    place: str


@dataclass(slots=True)
class PersonDetails:
    person: Person
    names: list[PersonName]  # every name, in every script, primary first
    birth_date: str
    sex: str
    places: list[str]
    acts: list[ActSummary]
    lists: list[ListRef]
    entity_id: Any = None


def person_details(
    user: User, person_ids: Iterable[Any], *, lang: str = "en"
) -> dict[str, PersonDetails]:
    """What a reviewer needs to judge a person record, keyed by the person's id as text."""
    people = people_for_linkage(user).filter(pk__in=list(person_ids))
    names: dict[Any, list[PersonName]] = defaultdict(list)
    for name in PersonName.objects.filter(person__in=people).order_by(
        "person_id", "-is_primary", "full_name"
    ):
        names[name.person_id].append(name)
    acts: dict[Any, list[ActSummary]] = defaultdict(list)
    for act in (
        records.acts_for_user(user)
        .filter(victim__in=people)
        .select_related("act_type", "event", "place", "event__place")
        .order_by("date_start", "created_at")
    ):
        place = act.place or act.event.place
        acts[act.victim_id].append(
            ActSummary(
                act=act,
                act_type=act.act_type.label(lang),
                date=act.date.display(lang),
                event_title=act.event.title,
                place=_place_path(place) if place is not None else "",
            )
        )
    lists = person_lists(user, people)
    entities = dict(
        EntityMembership.objects.filter(person__in=people, active=True).values_list(
            "person_id", "entity_id"
        )
    )
    out: dict[str, PersonDetails] = {}
    for person in people:
        person_acts = acts.get(person.pk, [])
        out[str(person.pk)] = PersonDetails(
            person=person,
            names=names.get(person.pk, []),
            birth_date=person.birth_date.display(lang),
            sex=person.get_sex_display(),
            places=sorted({a.place for a in person_acts if a.place}),
            acts=person_acts,
            lists=lists.get(person.pk, []),
            entity_id=entities.get(person.pk),
        )
    return out


def _place_path(place: Any) -> str:
    return " · ".join(p.name for p in [place, *place.ancestors()])


# --- Candidate pairs -------------------------------------------------------------------


@dataclass(slots=True)
class ReviewPair:
    left: PersonDetails
    right: PersonDetails
    score: float
    match_weight: float
    model_version: str
    same_entity: bool = False


def candidate_pairs_for_review(
    user: User,
    pairs: Sequence[ScoredPair],
    model_version: str,
    *,
    limit: int = 50,
    lang: str = "en",
) -> list[ReviewPair]:
    """The best ``limit`` scored pairs with both sides' details, for the review page."""
    require_reviewer(user)
    shown = list(pairs[:limit])
    details = person_details(user, {p.id_l for p in shown} | {p.id_r for p in shown}, lang=lang)
    out: list[ReviewPair] = []
    for pair in shown:
        left, right = details.get(pair.id_l), details.get(pair.id_r)
        if left is None or right is None:
            continue  # no longer visible to this user
        out.append(
            ReviewPair(
                left=left,
                right=right,
                score=pair.match_probability,
                match_weight=pair.match_weight,
                model_version=model_version,
                same_entity=left.entity_id is not None and left.entity_id == right.entity_id,
            )
        )
    return out


# --- Entities --------------------------------------------------------------------------


@dataclass(slots=True)
class EntityPage:
    entity: Entity
    members: list[tuple[EntityMembership, PersonDetails]]
    history: list[EntityMembership]  # ended memberships, newest first
    decisions: list[LinkDecision]
    hidden_members: int = 0  # linked records above the user's clearance or off their cases


def entities_for_user(user: User) -> QuerySet[Entity]:
    """Entities with at least one active record the user may see."""
    if not has_perm(user, "linkage.review"):
        return Entity.objects.none()
    return Entity.objects.filter(
        memberships__active=True, memberships__person__in=people_for_linkage(user)
    ).distinct()


@dataclass(slots=True)
class EntitySummary:
    entity: Entity
    labels: list[str]  # each visible linked record's name (or pseudonym), primary names


def entity_summaries(user: User, *, limit: int = 200) -> list[EntitySummary]:
    """Entities with their visible linked records' labels, newest first."""
    entities = list(entities_for_user(user).order_by("-created_at")[:limit])
    memberships = list(
        EntityMembership.objects.filter(entity__in=entities, active=True)
        .filter(person__in=people_for_linkage(user))
        .select_related("person")
        .order_by("linked_at")
    )
    labels = records.person_labels(user, [m.person for m in memberships])
    by_entity: dict[Any, list[str]] = defaultdict(list)
    for membership in memberships:
        by_entity[membership.entity_id].append(labels[membership.person_id][0])
    return [EntitySummary(entity=e, labels=by_entity.get(e.pk, [])) for e in entities]


def entity_get_for_user(user: User, pk: Any) -> Entity:
    """403 for a role that may not review; the same 404 for "missing" and "not yours"."""
    require_reviewer(user)
    visible = Entity.objects.filter(memberships__person__in=people_for_linkage(user)).distinct()
    try:
        return visible.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404("no such entity") from exc


def entity_page(user: User, entity: Entity, *, lang: str = "en") -> EntityPage:
    active = list(
        entity.memberships.filter(active=True)
        .select_related("linked_by", "decision")
        .order_by("linked_at")
    )
    details = person_details(user, [m.person_id for m in active], lang=lang)
    members = [(m, details[str(m.person_id)]) for m in active if str(m.person_id) in details]
    visible_ids = people_for_linkage(user).values("pk")
    history = list(
        entity.memberships.filter(active=False, person__in=visible_ids)
        .select_related("person", "linked_by", "ended_by_decision")
        .order_by("-ended_at")
    )
    decisions = list(
        LinkDecision.objects.filter(entity=entity)
        .filter(person_a__in=visible_ids, person_b__in=visible_ids)
        .select_related("reviewer", "undone_by", "person_a", "person_b")
        .order_by("-decided_at")
    )
    return EntityPage(
        entity=entity,
        members=members,
        history=history,
        decisions=decisions,
        hidden_members=len(active) - len(members),
    )


def decision_get_for_user(user: User, pk: Any) -> LinkDecision:
    require_reviewer(user)
    visible_ids = people_for_linkage(user).values("pk")
    decisions = LinkDecision.objects.filter(person_a__in=visible_ids, person_b__in=visible_ids)
    try:
        return decisions.select_related("person_a", "person_b", "reviewer").get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404("no such decision") from exc


def decisions_for_user(user: User, *, limit: int = 50) -> list[LinkDecision]:
    """The latest decisions on pairs the user can see, for the review page's history."""
    if not has_perm(user, "linkage.review"):
        return []
    visible_ids = people_for_linkage(user).values("pk")
    return list(
        LinkDecision.objects.filter(person_a__in=visible_ids, person_b__in=visible_ids)
        .select_related("reviewer", "person_a", "person_b", "entity")
        .order_by("-decided_at")[:limit]
    )


# --- Counting victims ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VictimCount:
    records: int  # distinct person records that are victims of the acts
    people: int  # distinct real people: linked records count once


def victims_deduplicated_count(user: User, acts: QuerySet[Act]) -> VictimCount:
    """How many victims ``acts`` have, as records and as people once linking is applied.

    Only acts the user may see are counted. A victim linked to no entity counts as itself.
    """
    counted = records.acts_for_user(user).filter(pk__in=acts.values("pk"), victim__isnull=False)
    victim_ids = set(counted.values_list("victim_id", flat=True))
    entity_of = dict(
        EntityMembership.objects.filter(
            person__in=counted.values("victim_id"), active=True
        ).values_list("person_id", "entity_id")
    )
    people = {("entity", entity_of[v]) if v in entity_of else ("person", v) for v in victim_ids}
    return VictimCount(records=len(victim_ids), people=len(people))


# --- Lists for multiple-systems estimation ----------------------------------------------


@dataclass(slots=True)
class EntityLists:
    columns: list[ListRef]  # every list, in a stable order
    rows: list[tuple[str, set[str]]]  # (entity id, keys of the lists it appears on)


def entity_sources(user: User) -> EntityLists:
    """For each real person who is a victim, the lists (sources) they appear on.

    Linked records are one row, under the entity's id; a victim linked to no entity is a
    row of its own, under the person's pseudonym. Victims on no list are left out: a
    capture-recapture row must have been captured at least once.
    """
    victims = people_for_linkage(user).filter(
        pk__in=records.acts_for_user(user).filter(victim__isnull=False).values("victim_id")
    )
    lists = person_lists(user, victims)
    entity_of = dict(
        EntityMembership.objects.filter(person__in=victims, active=True).values_list(
            "person_id", "entity_id"
        )
    )
    pseudonyms = dict(victims.values_list("pk", "pseudonym"))
    rows: dict[str, set[str]] = defaultdict(set)
    columns: dict[str, ListRef] = {}
    for person_id, refs in lists.items():
        if not refs:
            continue
        entity = entity_of.get(person_id)
        row = str(entity) if entity is not None else pseudonyms[person_id]
        for ref in refs:
            rows[row].add(ref.key)
            columns.setdefault(ref.key, ref)
    ordered = sorted(columns.values(), key=lambda r: (r.label.casefold(), r.key))
    return EntityLists(columns=ordered, rows=sorted(rows.items()))
