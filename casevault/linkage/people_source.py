"""Read the people a user may see out of the vault into ``PersonRecord``s, in memory only.

Each person record becomes one ``PersonRecord`` with the record's id: its names in every
script, a birth year, its sex, the places of the acts it suffered (with their administrative
parents, so a town and a district both match), the facility where those acts happened, and
the source it comes from. Nothing is written anywhere: the records go straight to ``link``.

A person's *lists* (for multiple-systems estimation) are the Sources that document the
acts against them (information about the act or its event); a person no source documents
is counted on the cases they or their acts are on, as ``case:<reference>``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from casevault.accounts.models import User
from casevault.lib.fuzzydate import Precision
from casevault.linkage.features import PersonRecord
from casevault.records import selectors as records
from casevault.records.models import Act, CaseEvent, CasePerson, Facility, Person, PersonName, Place

_SEX = {Person.Sex.FEMALE: "f", Person.Sex.MALE: "m"}
# A country is shared by nearly everyone in a vault: it says nothing about identity.
_TOO_BROAD = {Place.Kind.COUNTRY}


@dataclass(frozen=True, slots=True)
class ListRef:
    """One list a person appears in: a Source, or a case when no source documents them."""

    key: str  # "source:<uuid>" or "case:<reference>"
    label: str


def birth_year(person: Person) -> int | None:
    """The year of birth when the record pins it to one year; else None."""
    start, end = person.birth_date_start, person.birth_date_end
    if person.birth_date_precision == Precision.UNKNOWN or start is None:
        return None
    if end is not None and end.year != start.year:
        return None
    return start.year


def _place_chains(place_ids: Iterable[Any]) -> dict[Any, list[Place]]:
    """Each place with its ancestors (nearest first), read level by level in a few queries."""
    places: dict[Any, Place] = {}
    wanted = set(place_ids)
    for _ in range(20):  # the same depth limit as Place.ancestors
        wanted -= places.keys()
        if not wanted:
            break
        found = list(Place.objects.filter(pk__in=wanted))
        if not found:
            break
        places.update((p.pk, p) for p in found)
        wanted = {p.parent_id for p in found if p.parent_id is not None}
    chains: dict[Any, list[Place]] = {}
    for pk in set(place_ids):
        chain: list[Place] = []
        node = places.get(pk)
        while node is not None and len(chain) < 20:
            chain.append(node)
            node = places.get(node.parent_id) if node.parent_id is not None else None
        chains[pk] = chain
    return chains


def person_lists(user: User, people: QuerySet[Person]) -> dict[Any, list[ListRef]]:
    """For each person, the lists (sources, else cases) they appear in, as the user sees them."""
    acts = records.acts_for_user(user).filter(victim__in=people)
    act_victim = dict(acts.values_list("pk", "victim_id"))
    event_victims: dict[Any, set[Any]] = defaultdict(set)
    for event_id, victim_id in acts.values_list("event_id", "victim_id"):
        event_victims[event_id].add(victim_id)
    # Subqueries, not id lists: a big vault would pass SQLite's limit on parameters.
    info = records.information_for_user(user).filter(
        Q(act__in=acts.values("pk")) | Q(event__in=acts.values("event_id"))
    )
    lists: dict[Any, dict[str, ListRef]] = defaultdict(dict)
    for act_id, event_id, source_id, title in info.values_list(
        "act_id", "event_id", "source_id", "source__title"
    ):
        ref = ListRef(key=f"source:{source_id}", label=title or str(source_id))
        if act_id is not None:  # about one act: only that act's victim
            victims = {act_victim[act_id]} if act_id in act_victim else set()
        else:  # about the whole event: every victim of its acts
            victims = event_victims.get(event_id, set())
        for victim_id in victims:
            lists[victim_id][ref.key] = ref
    # No source documents them: the cases their acts (or they) are on stand in as lists.
    undocumented = set(people.values_list("pk", flat=True)) - lists.keys()
    visible_cases = records.cases_for_user(user)
    on_cases: list[tuple[Any, str, str]] = list(
        CasePerson.objects.filter(person__in=people, case__in=visible_cases).values_list(
            "person_id", "case__reference", "case__title"
        )
    )
    for event_id, reference, title in CaseEvent.objects.filter(
        case__in=visible_cases, event__in=acts.values("event_id")
    ).values_list("event_id", "case__reference", "case__title"):
        on_cases.extend((victim, reference, title) for victim in event_victims.get(event_id, ()))
    for person_id, reference, title in on_cases:
        if person_id in undocumented:
            ref = ListRef(key=f"case:{reference}", label=f"{reference} {title}".strip())
            lists[person_id][ref.key] = ref
    return {pk: sorted(refs.values(), key=lambda r: r.key) for pk, refs in lists.items()}


def people_for_linkage(user: User) -> QuerySet[Person]:
    """Individuals the user may see (a group is not one person and is never linked)."""
    return records.people_for_user(user).filter(kind=Person.Kind.INDIVIDUAL)


def person_records(
    user: User, *, sources: Iterable[str] | None = None
) -> tuple[list[PersonRecord], dict[Any, list[ListRef]]]:
    """The person records to link, and each person's lists.

    ``sources`` keeps only people on those lists; a list is named by its key
    ("source:<uuid>", "case:<reference>"), the source's id or title, or the case reference.
    """
    people = people_for_linkage(user)
    lists = person_lists(user, people)
    wanted = {s.strip() for s in sources or [] if s.strip()}
    if wanted:
        keep = {pk for pk, refs in lists.items() if any(_list_matches(ref, wanted) for ref in refs)}
        people = people.filter(pk__in=keep)

    names: dict[Any, list[str]] = defaultdict(list)
    for person_id, full_name in (
        PersonName.objects.filter(person__in=people)
        .order_by("person_id", "-is_primary", "full_name")
        .values_list("person_id", "full_name")
    ):
        names[person_id].append(full_name)

    act_places: dict[Any, list[Any]] = defaultdict(list)
    visible_acts: QuerySet[Act] = records.acts_for_user(user).filter(victim__in=people)
    for victim_id, place_id, event_place_id in visible_acts.order_by("created_at").values_list(
        "victim_id", "place_id", "event__place_id"
    ):
        chosen = place_id or event_place_id
        if chosen is not None:
            act_places[victim_id].append(chosen)
    all_places = {pk for ids in act_places.values() for pk in ids}
    chains = _place_chains(all_places)
    facilities = set(Facility.objects.filter(pk__in=all_places).values_list("pk", flat=True))
    for chain in chains.values():
        facilities.update(p.pk for p in chain if p.kind == Place.Kind.FACILITY)

    out: list[PersonRecord] = []
    for person in people.order_by("pseudonym"):
        place_keys: list[str] = []
        facility_key: str | None = None
        for place_id in act_places.get(person.pk, []):
            for place in chains.get(place_id, []):
                key = f"place:{place.pk}"
                if place.kind not in _TOO_BROAD and key not in place_keys:
                    place_keys.append(key)
                if facility_key is None and place.pk in facilities:
                    facility_key = f"facility:{place.pk}"
        person_lists_ = lists.get(person.pk, [])
        out.append(
            PersonRecord(
                id=str(person.pk),
                names=names.get(person.pk, []),
                birth_year=birth_year(person),
                sex=_SEX.get(person.sex),  # type: ignore[call-overload]
                place_keys=place_keys,
                facility_key=facility_key,
                source=person_lists_[0].key if person_lists_ else None,
            )
        )
    return out, lists


def _list_matches(ref: ListRef, wanted: set[str]) -> bool:
    bare = ref.key.split(":", 1)[1]
    return bool({ref.key, bare, ref.label} & wanted) or any(
        ref.label.startswith(f"{w} ") for w in wanted
    )
