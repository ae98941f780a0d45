from __future__ import annotations

import pytest

from casevault.accounts.actions import system_actor, user_create
from casevault.accounts.models import Role, User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
def test_a_visit_to_a_facility_above_the_readers_clearance_stays_hidden_among_other_hits(
    coordinator: User,
) -> None:
    # A coordinator sees every case, so only the records' own rules stand between a
    # lower-cleared one and a visit whose facility is restricted: the visit's index entry
    # is internal, like the visit itself.
    reader = user_create(
        actor=system_actor(),
        username="coordinator-internal",
        role=Role.COORDINATOR,
        password=None,
        clearance=Level.INTERNAL,
    )
    facility = actions.facility_create(
        actor=coordinator,
        name="Closed colony",
        facility_type="prison",
        confidentiality=Level.RESTRICTED,
    )
    actions.visit_create(
        actor=coordinator,
        facility=facility,
        date=FuzzyDate.parse("2019-03"),
        conditions="Overcrowded cells",
    )
    event(coordinator, "Overcrowded cells in the remand centre")
    person(coordinator, "Overcrowded Witness")

    hits = search_for_user(reader, "overcrowded")

    assert sorted(h.target_type for h in hits) == ["event", "person"]
    assert len(search_for_user(coordinator, "overcrowded")) == 3
