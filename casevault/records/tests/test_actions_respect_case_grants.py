"""The actions keep to the case rule themselves, not only the pages in front of them.

A writer without an edit grant on a case cannot change its records, add to them or hang
new records from them, whichever way the call comes (a page, an import, the command line).
"""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from casevault.accounts.models import CaseGrant, User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.records.models import Case, Event
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


def _event_on(actor: User, dossier: Case, title: str) -> Event:
    ev = event(actor, title=title)
    actions.case_add_event(actor=actor, case=dossier, event=ev)
    return ev


@pytest.fixture
def theirs(coordinator: User) -> Event:
    return _event_on(coordinator, case(coordinator, title="Another team's case"), "Theirs")


def test_no_grant_no_writes(coordinator: User, documenter: User, theirs: Event) -> None:
    victim = person(coordinator, "Семёнова Елена")
    act = actions.act_create(actor=coordinator, event=theirs, act_type="arrest", victim=victim)
    dossier = theirs.cases.get()  # type: ignore[attr-defined]
    attempts = {
        "change the event": lambda: actions.event_update(
            actor=documenter, event=theirs, title="Changed", date=FuzzyDate.year(2019)
        ),
        "add an act to it": lambda: actions.act_create(
            actor=documenter, event=theirs, act_type="detention"
        ),
        "add a perpetrator to its act": lambda: actions.involvement_create(
            actor=documenter, act=act, degree="carried_out", perpetrator_type="police"
        ),
        "delete its act": lambda: actions.act_delete(actor=documenter, act=act),
        "add an event to the case": lambda: actions.case_add_event(
            actor=documenter, case=dossier, event=event(documenter, title="Mine")
        ),
        "open a proceeding on the case": lambda: actions.proceeding_create(
            actor=documenter, proceeding_type="criminal", title="P", case=dossier
        ),
        "rename the case's victim": lambda: actions.record_update(
            actor=documenter, record=victim, changes={"occupation": "x"}
        ),
    }
    for what, attempt in attempts.items():
        with pytest.raises(PermissionDenied, match="no edit grant"):
            attempt()
        assert theirs.acts.count() == 1, what  # type: ignore[attr-defined]
    theirs.refresh_from_db()
    assert theirs.title == "Theirs"


def test_a_read_only_grant_is_not_enough(
    coordinator: User, documenter: User, theirs: Event
) -> None:
    CaseGrant.objects.create(user=documenter, case=theirs.cases.get(), can_edit=False)  # type: ignore[attr-defined]
    with pytest.raises(PermissionDenied):
        actions.act_create(actor=documenter, event=theirs, act_type="arrest")


def test_an_edit_grant_and_records_on_no_case_allow_writes(
    coordinator: User, documenter: User, theirs: Event
) -> None:
    CaseGrant.objects.create(user=documenter, case=theirs.cases.get(), can_edit=True)  # type: ignore[attr-defined]
    actions.act_create(actor=documenter, event=theirs, act_type="arrest")
    loose = event(documenter, title="On no case yet")
    actions.event_update(actor=documenter, event=loose, title="Loose", date=FuzzyDate.year(2019))
    actions.act_create(actor=documenter, event=loose, act_type="detention")
    assert theirs.acts.count() == 1 and loose.acts.count() == 1  # type: ignore[attr-defined]
