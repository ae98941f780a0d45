"""What every records view shares: the login guard, the page language, names or pseudonyms."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.contrib.auth.decorators import login_required
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import selectors
from casevault.records.models import Act, ActInvolvement, Event, Person

View = Callable[..., HttpResponse]
M = TypeVar("M", bound=Model)


def protected(view: View) -> View:
    """Every records page needs a signed-in user.

    The gate proper is ``casevault.accounts.middleware.VerifiedUserMiddleware`` (signed in,
    second factor passed); this decorator keeps the records pages closed should that
    middleware ever be left out of a deployment's settings. It is the only place the records
    views choose their guard.
    """
    return login_required(view)


def user_of(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by `protected`
    return user


def lang() -> str:
    return (get_language() or "en").split("-")[0]


def show_date(date: FuzzyDate) -> str:
    return date.display(lang())


class PersonLabels:
    """Names for the people on one page: a name if the reader may see it, else a pseudonym.

    One page resolves its people once: ``add`` looks up only those not yet known, so the
    parts of a page (a case's people, its chronology) can share one set of labels.
    """

    def __init__(self, user: User, people: Iterable[Person | None] = ()) -> None:
        self._user = user
        self._labels: dict[Any, tuple[str, bool]] = {}
        self.add(people)

    def add(self, people: Iterable[Person | None]) -> None:
        new = {p.pk: p for p in people if p is not None and p.pk not in self._labels}
        if new:
            self._labels.update(selectors.person_labels(self._user, new.values()))

    def __call__(self, person: Person | None) -> dict[str, Any] | None:
        if person is None:
            return None
        text, readable = self._labels.get(person.pk, (person.pseudonym, False))
        return {"pk": person.pk, "text": text, "link": readable, "pseudonym": person.pseudonym}


class Readable:
    """Linked records (places, organisations) shown only if the reader may open them.

    A link to a record above the reader's clearance would give away its name.
    """

    def __init__(
        self, user: User, scope: Callable[..., QuerySet[Any]], objs: Iterable[Model | None]
    ) -> None:
        ids = {o.pk for o in objs if o is not None}
        self._ok = set(scope(user).filter(pk__in=ids).values_list("pk", flat=True))

    def __call__(self, obj: M | None) -> M | None:
        return obj if obj is not None and obj.pk in self._ok else None


# Columns of the linked records a list of acts never shows. Parsing them (JSON, decimals,
# timestamps) for every row was a good part of a chronology's database time.
_STAMPS = ("created_at", "updated_at")
_UNSHOWN_PLACE_COLUMNS = tuple(
    f"place__{c}" for c in ("alt_names", "latitude", "longitude", "parent", *_STAMPS)
)
_UNSHOWN_TERM_COLUMNS = ("keywords", "esf", "parent", "sort_order")
_UNSHOWN_PERSON_COLUMNS = ("notes", "occupation", *_STAMPS)
_UNSHOWN_ACT_COLUMNS = (
    *_UNSHOWN_PLACE_COLUMNS,
    *(f"act_type__{c}" for c in _UNSHOWN_TERM_COLUMNS),
    *(f"victim__{c}" for c in _UNSHOWN_PERSON_COLUMNS),
)
_UNSHOWN_INVOLVEMENT_COLUMNS = (
    *(f"perpetrator_type__{c}" for c in _UNSHOWN_TERM_COLUMNS),
    *(f"degree__{c}" for c in _UNSHOWN_TERM_COLUMNS),
    *(f"perpetrator_person__{c}" for c in _UNSHOWN_PERSON_COLUMNS),
    *(f"perpetrator_org__{c}" for c in ("alt_names", "notes", "parent", "place", *_STAMPS)),
)


def describe_involvement(
    inv: ActInvolvement, labels: PersonLabels, orgs: Readable | None = None
) -> dict[str, Any]:
    return {
        "obj": inv,
        "person": labels(inv.perpetrator_person),
        "org": orgs(inv.perpetrator_org) if orgs else None,
        "type": inv.perpetrator_type.label(lang()) if inv.perpetrator_type else "",
        "degree": inv.degree.label(lang()),
    }


def describe_acts(
    user: User,
    acts: Iterable[Act],
    labels: PersonLabels | None = None,
    places: Readable | None = None,
) -> list[dict[str, Any]]:
    """Acts with their victim, place and perpetrators, ready to show: a fixed number of
    queries however many acts there are.

    ``labels``: the page's labels, if it has some already; the acts' people are added.
    ``places``: the page's readable places, if it has them already (it must hold the acts').
    """
    acts = list(acts)
    rows = list(
        selectors.involvements_for_user(user)
        .filter(act__in=[a.pk for a in acts])
        .select_related("perpetrator_person", "perpetrator_org", "perpetrator_type", "degree")
        .defer(*_UNSHOWN_INVOLVEMENT_COLUMNS)
        .order_by("created_at")
    )
    if labels is None:
        labels = PersonLabels(user)
    labels.add([*(a.victim for a in acts), *(i.perpetrator_person for i in rows)])
    orgs = Readable(user, selectors.organisations_for_user, [i.perpetrator_org for i in rows])
    if places is None:
        places = Readable(user, selectors.places_for_user, [a.place for a in acts])
    by_act: dict[Any, list[dict[str, Any]]] = {}
    for inv in rows:
        by_act.setdefault(inv.act_id, []).append(describe_involvement(inv, labels, orgs))
    return [
        {
            "obj": act,
            "type": act.act_type.label(lang()),
            "victim": labels(act.victim),
            "date": show_date(act.date),
            "place": places(act.place),
            "involvements": by_act.get(act.pk, []),
        }
        for act in acts
    ]


def for_chronology(events: QuerySet[Event]) -> QuerySet[Event]:
    """Events read with what a chronology shows of their place, and no more."""
    return events.select_related("place").defer(*_UNSHOWN_PLACE_COLUMNS)


def describe_events(
    user: User, events: Iterable[Event], labels: PersonLabels | None = None
) -> list[dict[str, Any]]:
    """Events with their acts, victims, perpetrators, places and sources, ready to show."""
    if isinstance(events, QuerySet):
        events = for_chronology(events)
    events = list(events)
    acts = list(
        selectors.acts_for_user(user)
        .filter(event__in=events)
        .select_related("act_type", "victim", "place")
        .defer(*_UNSHOWN_ACT_COLUMNS)
        .order_by("created_at")
    )
    places = Readable(
        user, selectors.places_for_user, [*(e.place for e in events), *(a.place for a in acts)]
    )
    acts_by_event: dict[Any, list[dict[str, Any]]] = {}
    for described in describe_acts(user, acts, labels, places):
        acts_by_event.setdefault(described["obj"].event_id, []).append(described)
    sources: dict[Any, list[Any]] = {}
    for info in (
        selectors.information_for_user(user).filter(event__in=events).select_related("source")
    ):
        sources.setdefault(info.event_id, []).append(info)
    return [
        {
            "obj": event,
            "place": places(event.place),
            "date": show_date(event.date),
            "acts": acts_by_event.get(event.pk, []),
            "sources": sources.get(event.pk, []),
        }
        for event in events
    ]
