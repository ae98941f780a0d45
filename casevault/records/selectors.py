"""Reads that apply permissions. Views and commands never query records directly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from casevault.accounts.models import CaseGrant, Role, User
from casevault.accounts.permissions import has_perm
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.lib.translit import fold, token_key
from casevault.records.models import (
    Act,
    ActInvolvement,
    Case,
    CaseEvent,
    CasePerson,
    Consent,
    Event,
    Information,
    Intervention,
    MonitoringVisit,
    Organisation,
    Person,
    PersonName,
    Place,
    Proceeding,
    Source,
)

M = TypeVar("M", bound=models.Model)


def visible(user: User, queryset: QuerySet[M]) -> QuerySet[M]:
    """Only the rows the user's role and clearance let them see."""
    if not has_perm(user, "records.view"):
        return queryset.none()
    if user.is_system:
        return queryset
    clearance = Level(user.clearance)
    allowed = [lvl.value for lvl in Level if clearance.allows(lvl)]
    return queryset.filter(confidentiality__in=allowed)


def get_for_user(user: User, queryset: QuerySet[M], pk: Any) -> M:
    """The same 404 for "missing" and "not yours": an outsider learns nothing."""
    try:
        return visible(user, queryset).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404("no such record") from exc


def overlapping(prefix: str, period: FuzzyDate) -> Q:
    """Rows whose fuzzy date ``prefix`` may overlap ``period`` (open bounds overlap all)."""
    q = Q()
    if period.end is not None:
        q &= Q(**{f"{prefix}_start__lte": period.end}) | Q(**{f"{prefix}_start__isnull": True})
    if period.start is not None:
        q &= Q(**{f"{prefix}_end__gte": period.start}) | Q(**{f"{prefix}_end__isnull": True})
    return q


def events_overlapping(user: User, period: FuzzyDate) -> QuerySet[Event]:
    return visible(user, Event.objects.filter(overlapping("date", period)))


def chronological(queryset: QuerySet[M], prefix: str = "date") -> QuerySet[M]:
    # Unknown dates last; a coarser date ("2018") before finer ones that start with it.
    return queryset.order_by(
        models.F(f"{prefix}_start").asc(nulls_last=True),
        models.F(f"{prefix}_end").desc(nulls_last=True),
    )


def person_timeline(user: User, person: Person) -> QuerySet[Event]:
    """Every event where the person is a victim or a perpetrator, in date order."""
    events = Event.objects.filter(
        Q(acts__victim=person) | Q(acts__involvements__perpetrator_person=person)
    ).distinct()
    return chronological(visible(user, events))


# --- Per-case access -------------------------------------------------------------------
#
# One rule, applied per object type below: coordinators and admins see every record within
# their clearance; everyone else sees the cases they hold a grant for, the records linked to
# those cases, and records linked to no case at all (by role and clearance). A record linked
# only to cases the user is not on is treated exactly like a missing one.

_ALL_CASES_ROLES = frozenset({Role.COORDINATOR, Role.ADMIN})


def sees_all_cases(user: User) -> bool:
    return user.is_system or (user.is_active and user.role in _ALL_CASES_ROLES)


def granted_case_ids(user: User, *, edit: bool = False) -> QuerySet[CaseGrant, Any]:
    grants = CaseGrant.objects.filter(user=user)
    if edit:
        grants = grants.filter(can_edit=True)
    return grants.values("case_id")


def allowed_levels(user: User) -> list[str]:
    clearance = Level(user.clearance)
    return [lvl.value for lvl in Level if clearance.allows(lvl)]


def _base(user: User, queryset: QuerySet[M], edit: bool) -> QuerySet[M]:
    if edit and not has_perm(user, "records.change"):
        return queryset.none()
    return visible(user, queryset)


def _case_scoped(
    user: User, queryset: QuerySet[M], links: list[QuerySet[Any, Any]], edit: bool
) -> QuerySet[M]:
    """Keep rows linked to a granted case, or linked to no case.

    ``links`` are subqueries of link rows (each with a ``case_id``) correlated to the outer
    row with ``OuterRef``.
    """
    queryset = _base(user, queryset, edit)
    if sees_all_cases(user):
        return queryset
    granted = granted_case_ids(user, edit=edit)
    on_granted_case = Q()
    on_any_case = Q()
    for link in links:
        on_granted_case |= Q(Exists(link.filter(case_id__in=granted)))
        on_any_case |= Q(Exists(link))
    return queryset.filter(on_granted_case | ~on_any_case)


def cases_for_user(user: User, *, edit: bool = False) -> QuerySet[Case]:
    cases = _base(user, Case.objects.all(), edit)
    if sees_all_cases(user):
        return cases
    return cases.filter(pk__in=granted_case_ids(user, edit=edit))


def events_for_user(user: User, *, edit: bool = False) -> QuerySet[Event]:
    links = [CaseEvent.objects.filter(event=OuterRef("pk"))]
    return _case_scoped(user, Event.objects.all(), links, edit)


def acts_for_user(user: User, *, edit: bool = False) -> QuerySet[Act]:
    # An act is never shown apart from its event: the event's level and cases apply too.
    links = [CaseEvent.objects.filter(event=OuterRef("event_id"))]
    acts = Act.objects.filter(event__confidentiality__in=allowed_levels(user))
    return _case_scoped(user, acts, links, edit)


def involvements_for_user(user: User, *, edit: bool = False) -> QuerySet[ActInvolvement]:
    # The act's rule (its own level, its event's level and cases), applied through the join:
    # ``act__in=acts_for_user(...)`` made SQLite build the list of every readable act first
    # (most of a second at 100,000 acts).
    levels = allowed_levels(user)
    involvements = ActInvolvement.objects.filter(act__event__confidentiality__in=levels)
    if not user.is_system:
        involvements = involvements.filter(act__confidentiality__in=levels)
    links = [CaseEvent.objects.filter(event=OuterRef("act__event_id"))]
    return _case_scoped(user, involvements, links, edit)


def people_for_user(user: User, *, edit: bool = False) -> QuerySet[Person]:
    # A person belongs to a case through the team list and through the case's acts.
    links = [
        CasePerson.objects.filter(person=OuterRef("pk")),
        CaseEvent.objects.filter(event__acts__victim=OuterRef("pk")),
        CaseEvent.objects.filter(event__acts__involvements__perpetrator_person=OuterRef("pk")),
    ]
    return _case_scoped(user, Person.objects.all(), links, edit)


def _on_case_field(user: User, queryset: QuerySet[M], edit: bool) -> QuerySet[M]:
    """Records with their own ``case`` foreign key: proceedings, interventions, sources."""
    queryset = _base(user, queryset, edit)
    if sees_all_cases(user):
        return queryset
    return queryset.filter(Q(case__isnull=True) | Q(case_id__in=granted_case_ids(user, edit=edit)))


def proceedings_for_user(user: User, *, edit: bool = False) -> QuerySet[Proceeding]:
    return _on_case_field(user, Proceeding.objects.all(), edit)


def interventions_for_user(user: User, *, edit: bool = False) -> QuerySet[Intervention]:
    return _on_case_field(user, Intervention.objects.all(), edit)


def sources_for_user(user: User, *, edit: bool = False) -> QuerySet[Source]:
    return _on_case_field(user, Source.objects.all(), edit)


def information_for_user(user: User, *, edit: bool = False) -> QuerySet[Information]:
    # Information joins a source to an event or act: the user must see both ends.
    info = Information.objects.filter(source__in=sources_for_user(user, edit=edit)).filter(
        Q(event__isnull=True) | Q(event__in=events_for_user(user, edit=edit)),
        Q(act__isnull=True) | Q(act__in=acts_for_user(user, edit=edit)),
    )
    return _base(user, info, edit)


def places_for_user(user: User, *, edit: bool = False) -> QuerySet[Place]:
    return _base(user, Place.objects.all(), edit)


def organisations_for_user(user: User, *, edit: bool = False) -> QuerySet[Organisation]:
    return _base(user, Organisation.objects.all(), edit)


def visits_for_user(user: User, *, edit: bool = False) -> QuerySet[MonitoringVisit]:
    visits = MonitoringVisit.objects.filter(facility__confidentiality__in=allowed_levels(user))
    return _base(user, visits, edit)


def consents_for_user(user: User, *, edit: bool = False) -> QuerySet[Consent]:
    return _base(user, Consent.objects.filter(person__in=people_for_user(user, edit=edit)), edit)


def _get(user: User, scope: Callable[..., QuerySet[M]], pk: Any, edit: bool) -> M:
    """404 when the user may not see the record; 403 when they see it but may not edit."""
    found = get_for_user(user, scope(user), pk)
    if edit and not scope(user, edit=True).filter(pk=found.pk).exists():
        raise PermissionDenied("you may read this record but not change it")
    return found


def case_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Case:
    return _get(user, cases_for_user, pk, edit)


def event_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Event:
    return _get(user, events_for_user, pk, edit)


def act_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Act:
    return _get(user, acts_for_user, pk, edit)


def involvement_get_for_user(user: User, pk: Any, *, edit: bool = False) -> ActInvolvement:
    return _get(user, involvements_for_user, pk, edit)


def person_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Person:
    return _get(user, people_for_user, pk, edit)


def place_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Place:
    return _get(user, places_for_user, pk, edit)


def organisation_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Organisation:
    return _get(user, organisations_for_user, pk, edit)


def proceeding_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Proceeding:
    return _get(user, proceedings_for_user, pk, edit)


def intervention_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Intervention:
    return _get(user, interventions_for_user, pk, edit)


def visit_get_for_user(user: User, pk: Any, *, edit: bool = False) -> MonitoringVisit:
    return _get(user, visits_for_user, pk, edit)


def source_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Source:
    return _get(user, sources_for_user, pk, edit)


def information_get_for_user(user: User, pk: Any, *, edit: bool = False) -> Information:
    return _get(user, information_for_user, pk, edit)


# The history page reaches records by a short kind name; each kind keeps its own check.
RECORD_KINDS: dict[str, Callable[..., Any]] = {
    "case": case_get_for_user,
    "event": event_get_for_user,
    "act": act_get_for_user,
    "person": person_get_for_user,
    "place": place_get_for_user,
    "organisation": organisation_get_for_user,
    "proceeding": proceeding_get_for_user,
    "intervention": intervention_get_for_user,
    "visit": visit_get_for_user,
    "source": source_get_for_user,
}


def can_edit(user: User, record: models.Model) -> bool:
    """Whether the edit links should be offered; the edit views check again."""
    kind = record_kind(record)
    scope = _SCOPES.get(kind)
    return scope is not None and scope(user, edit=True).filter(pk=record.pk).exists()


# The records whose access decides who may change a record of each kind, besides the record
# itself: an act belongs to its event, a perpetrator to the act, a source's information to
# what it informs about, a proceeding (and its steps) to its case.
_GUARDIANS: dict[str, tuple[str, ...]] = {
    "act": ("event",),
    "actinvolvement": ("act",),
    "information": ("event", "act", "source"),
    "proceedingstep": ("proceeding",),
    "consent": ("person",),
    "personname": ("person",),
    "proceeding": ("case",),
    "intervention": ("case",),
    "source": ("case",),
}


def may_change(user: User, record: models.Model) -> bool:
    """Whether ``user`` may write ``record`` (new or existing) as far as cases go.

    The rule of the edit pages, for the actions to check again: a record that exists must
    be in the user's edit scope, and so must every record it hangs from (a new act's event,
    a new proceeding's case). A record on no case is decided by role and clearance alone.
    """
    checks: list[models.Model] = []
    kind = record_kind(record)
    if not record._state.adding and kind in _SCOPES:
        checks.append(record)
    for name in _GUARDIANS.get(kind, ()):
        parent = getattr(record, name, None)
        if parent is not None:
            checks.append(parent)
    return all(can_edit(user, r) for r in checks)


def record_kind(record: models.Model) -> str:
    if isinstance(record, MonitoringVisit):
        return "visit"
    if isinstance(record, Place):  # a facility is a place with more columns
        return "place"
    return record._meta.model_name or ""


_SCOPES: dict[str, Callable[..., QuerySet[Any]]] = {
    "case": cases_for_user,
    "event": events_for_user,
    "act": acts_for_user,
    "person": people_for_user,
    "place": places_for_user,
    "organisation": organisations_for_user,
    "proceeding": proceedings_for_user,
    "intervention": interventions_for_user,
    "visit": visits_for_user,
    "source": sources_for_user,
}


# --- Names, or pseudonyms --------------------------------------------------------------


def person_labels(user: User, people: Iterable[Person]) -> dict[Any, tuple[str, bool]]:
    """Each person's shown label and whether it links to their page.

    Where the reader may not see the person's record (above their clearance, or on a case
    they are not on) they get the pseudonym code instead of a name, and no link.
    """
    people = [p for p in people if p is not None]
    ids = {p.pk for p in people}
    readable = set(people_for_user(user).filter(pk__in=ids).values_list("pk", flat=True))
    names: dict[Any, str] = {}
    for person_id, full_name in (
        PersonName.objects.filter(person_id__in=readable)
        .order_by("person_id", "-is_primary", "full_name")
        .values_list("person_id", "full_name")
    ):
        names.setdefault(person_id, full_name)
    return {
        p.pk: (names.get(p.pk, p.pseudonym), True) if p.pk in readable else (p.pseudonym, False)
        for p in people
    }


def person_suggestions(user: User, text: str, *, limit: int = 8) -> list[Person]:
    """People whose names match ``text`` in any script: "Semenova" finds «Семёнова Елена».

    Each typed token must be the start of one token of a name's transliteration key, so
    the order of names and the script they were typed in do not matter.
    """
    typed = [token_key(t) for t in fold(text).split(" ")]
    typed = [t for t in typed if t]
    if not typed:
        return []
    names = PersonName.objects.filter(person__in=people_for_user(user))
    for token in typed:
        names = names.filter(translit_key__contains=token)
    matches: list[Person] = []
    seen: set[Any] = set()
    for name in names.select_related("person").order_by("-is_primary", "full_name")[:200]:
        key_tokens = name.translit_key.split(" ")
        if name.person_id in seen:
            continue
        if all(any(k.startswith(t) for k in key_tokens) for t in typed):
            seen.add(name.person_id)
            matches.append(name.person)
        if len(matches) >= limit:
            break
    return matches


# --- Chronology ------------------------------------------------------------------------


def case_events(user: User, case: Case) -> QuerySet[Event]:
    return chronological(events_for_user(user).filter(cases=case))


def case_withheld_events(user: User, case: Case) -> int:
    """How many of a visible case's events the user's clearance hides from them.

    Case members learn that more exists (so they can ask a coordinator), never what.
    """
    return (
        Event.objects.filter(cases=case).exclude(confidentiality__in=allowed_levels(user)).count()
    )
