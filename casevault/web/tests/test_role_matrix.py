"""Who gets what from every records page and action: 200, 302 (sign in), 403 or 404.

The world: case A has a team (documenter and lawyer may edit, analyst and editor may read);
case B has no team. The outsider is a documenter on no case. Places, facilities, visits and
organisations belong to no case: role and clearance decide. Forbidden and missing records
give the same 404, so an outsider never learns that a record exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

from casevault.accounts.models import CaseGrant, User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.testing import PERSONAS, case, event, make_persona, person

pytestmark = pytest.mark.django_db

EVERYONE = list(PERSONAS)
TEAM_EDIT = {"documenter", "lawyer", "coordinator", "admin"}
TEAM_READ = TEAM_EDIT | {"analyst", "editor"}
WRITER_ROLES = {"documenter", "lawyer", "coordinator", "admin", "outsider"}
HTMX = {"HX-Request": "true"}


@dataclass
class World:
    users: dict[str, User]
    ids: dict[str, Any]


@pytest.fixture
def world(db: None) -> World:
    users = {name: make_persona(name) for name in PERSONAS}
    boss = users["coordinator"]
    case_a = case(boss, title="Case with a team")
    case_b = case(boss, title="Case without a team")
    for name, can_edit in [("documenter", True), ("lawyer", True), ("analyst", False)]:
        CaseGrant.objects.create(user=users[name], case=case_a, can_edit=can_edit)
    CaseGrant.objects.create(user=users["editor"], case=case_a, can_edit=False)

    victim = person(boss, "Семёнова Елена")
    officer = person(boss, "Officer Marat")
    event_a = event(boss, title="Dragged out of a police station", date="2019-01")
    restricted_a = event(boss, title="Informant's account", confidentiality="restricted")
    event_b = event(boss, title="Event of another team")
    for ev, c in [(event_a, case_a), (restricted_a, case_a), (event_b, case_b)]:
        actions.case_add_event(actor=boss, case=c, event=ev)
    act = actions.act_create(actor=boss, event=event_a, act_type="arrest", victim=victim)
    involvement = actions.involvement_create(
        actor=boss, act=act, degree="carried_out", perpetrator_person=officer
    )
    source = actions.source_create(
        actor=boss, source_type="testimony", title="Her account", case=case_a
    )
    information = actions.information_create(actor=boss, source=source, event=event_a)
    region = actions.place_create(actor=boss, name="Pavlodar region", kind="region")
    facility = actions.facility_create(
        actor=boss, name="Prison AP-162/1", facility_type="prison", parent=region
    )
    visit = actions.visit_create(
        actor=boss, facility=facility, date=FuzzyDate.parse("2018-05"), access="denied"
    )
    org = actions.organisation_create(actor=boss, name="Regional prison service")
    proceeding = actions.proceeding_create(
        actor=boss, proceeding_type="criminal", title="False information case", case=case_a
    )
    intervention = actions.intervention_create(
        actor=boss,
        intervention_type="public_statement",
        title="Statement",
        date=FuzzyDate.parse("2019-02"),
        case=case_a,
    )
    ids = {
        "case_a": case_a.pk,
        "case_b": case_b.pk,
        "victim": victim.pk,
        "event_a": event_a.pk,
        "restricted_a": restricted_a.pk,
        "event_b": event_b.pk,
        "act": act.pk,
        "involvement": involvement.pk,
        "source": source.pk,
        "information": information.pk,
        "facility": facility.pk,
        "visit": visit.pk,
        "org": org.pk,
        "proceeding": proceeding.pk,
        "intervention": intervention.pk,
    }
    return World(users=users, ids=ids)


def url(name: str, key: str | None = None, **kwargs: Any) -> Callable[[World], str]:
    def build(world: World) -> str:
        if key is not None:
            kwargs["pk"] = world.ids[key]
        return reverse(f"records:{name}", kwargs=kwargs or None)

    return build


def everyone_but(*names: str) -> set[str]:
    return set(EVERYONE) - set(names)


# (page, who gets 200; everyone else gets `other`)
PAGES: list[tuple[str, Callable[[World], str], set[str], int]] = [
    ("case list", url("case_list"), set(EVERYONE), 404),
    ("case create", url("case_create"), WRITER_ROLES, 403),
    ("case with a team", url("case_detail", "case_a"), TEAM_READ, 404),
    ("case without a team", url("case_detail", "case_b"), {"coordinator", "admin"}, 404),
    ("person list", url("person_list"), set(EVERYONE), 404),
    ("person suggestions", url("person_suggest"), set(EVERYONE), 404),
    ("victim on a case", url("person_detail", "victim"), TEAM_READ, 404),
    ("place list", url("place_list"), set(EVERYONE), 404),
    ("facility", url("place_detail", "facility"), set(EVERYONE), 404),
    ("visit", url("visit_detail", "visit"), set(EVERYONE), 404),
    ("organisation", url("organisation_detail", "org"), set(EVERYONE), 404),
    ("proceeding on a case", url("proceeding_detail", "proceeding"), TEAM_READ, 404),
    ("intervention on a case", url("intervention_detail", "intervention"), TEAM_READ, 404),
    ("source on a case", url("source_detail", "source"), TEAM_READ, 404),
    ("event on a case", url("event_detail", "event_a"), TEAM_READ, 404),
    (
        "restricted event on a case",
        url("event_detail", "restricted_a"),
        {"documenter", "lawyer", "coordinator", "admin"},
        404,
    ),
    ("event on another case", url("event_detail", "event_b"), {"coordinator", "admin"}, 404),
    ("new event form", url("event_form"), WRITER_ROLES, 403),
    ("history of an event", url("revisions", "event_a", kind="event"), TEAM_READ, 404),
    (
        "history of another case",
        url("revisions", "case_b", kind="case"),
        {"coordinator", "admin"},
        404,
    ),
]

# Pages where a reader who may see the record, but not change it, gets 403 (not 404).
EDIT_PAGES: list[tuple[str, Callable[[World], str]]] = [
    ("edit event on a case", url("event_form", "event_a")),
]


@pytest.mark.parametrize(("page", "build", "allowed", "other"), PAGES, ids=[p[0] for p in PAGES])
def test_each_persona_gets_the_expected_status_for_each_page(
    client: Client,
    world: World,
    page: str,
    build: Callable[[World], str],
    allowed: set[str],
    other: int,
) -> None:
    target = build(world)
    got = {}
    for name, user in world.users.items():
        client.force_login(user)
        got[name] = client.get(target).status_code
    expected = {name: 200 if name in allowed else other for name in world.users}
    assert got == expected


@pytest.mark.parametrize(("page", "build"), EDIT_PAGES, ids=[p[0] for p in EDIT_PAGES])
def test_readers_who_may_not_edit_get_403_and_outsiders_404(
    client: Client, world: World, page: str, build: Callable[[World], str]
) -> None:
    target = build(world)
    got = {}
    for name, user in world.users.items():
        client.force_login(user)
        got[name] = client.get(target).status_code
    assert got == {
        "documenter": 200,
        "lawyer": 200,
        "coordinator": 200,
        "admin": 200,
        "analyst": 403,
        "editor": 403,
        "outsider": 404,
    }


# Writes: each persona in a fresh world, since a successful write changes it.
WRITES: list[tuple[str, Callable[[World], str], dict[str, str]]] = [
    ("add act", url("act_add", "event_a"), {"act_type": "arrest"}),
    ("remove act", url("act_delete", "act"), {}),
    (
        "add perpetrator",
        url("involvement_add", "act"),
        {"degree": "ordered", "perpetrator_type": "police"},
    ),
    ("remove perpetrator", url("involvement_delete", "involvement"), {}),
    ("attach source", url("event_source_add", "event_a"), {"source": "{source}"}),
    ("detach source", url("information_delete", "information"), {}),
    (
        "edit event",
        url("event_form", "event_a"),
        {"title": "Renamed", "date": "2019", "confidentiality": "internal"},
    ),
]
WRITE_EXPECTED = {
    "documenter": 200,
    "lawyer": 200,
    "coordinator": 200,
    "admin": 200,
    "analyst": 403,
    "editor": 403,
    "outsider": 404,
}


@pytest.mark.parametrize("persona", EVERYONE)
@pytest.mark.parametrize(("action", "build", "data"), WRITES, ids=[w[0] for w in WRITES])
def test_each_persona_gets_the_expected_status_for_each_write(
    client: Client,
    world: World,
    persona: str,
    action: str,
    build: Callable[[World], str],
    data: dict[str, str],
) -> None:
    client.force_login(world.users[persona])
    filled = {k: v.format(**{k2: str(v2) for k2, v2 in world.ids.items()}) for k, v in data.items()}
    response = client.post(build(world), filled, headers=HTMX)
    assert response.status_code == WRITE_EXPECTED[persona]


def test_a_write_to_a_case_without_a_team_is_a_404_for_team_members_elsewhere(
    client: Client, world: World
) -> None:
    client.force_login(world.users["documenter"])
    response = client.post(
        reverse("records:act_add", kwargs={"pk": world.ids["event_b"]}),
        {"act_type": "arrest"},
        headers=HTMX,
    )
    assert response.status_code == 404


def test_a_missing_record_and_a_forbidden_one_give_the_same_page(
    client: Client, world: World
) -> None:
    client.force_login(world.users["outsider"])
    forbidden = client.get(reverse("records:event_detail", kwargs={"pk": world.ids["event_b"]}))
    missing = client.get(
        reverse("records:event_detail", kwargs={"pk": "00000000-0000-0000-0000-000000000000"})
    )
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.content == missing.content


ALL_URLS = [build for _, build, _, _ in PAGES] + [build for _, build in EDIT_PAGES]


@pytest.mark.parametrize("build", ALL_URLS, ids=[p[0] for p in PAGES] + [p[0] for p in EDIT_PAGES])
def test_anonymous_visitors_are_sent_to_sign_in(
    client: Client, world: World, settings: Any, build: Callable[[World], str]
) -> None:
    try:
        reverse(settings.LOGIN_URL)
    except NoReverseMatch:
        # Until the sign-in pages exist, any sign-in address will do for this check.
        settings.LOGIN_URL = "/accounts/login/"
    response = client.get(build(world))
    assert response.status_code == 302
    assert "/records/" not in response["Location"].split("?")[0]
