"""Reads that apply permissions. Views and commands never query records directly."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q, QuerySet
from django.http import Http404

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.models import Event, Person

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
