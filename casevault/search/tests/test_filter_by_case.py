from __future__ import annotations

import uuid

import pytest

from casevault.accounts.models import User
from casevault.records import actions
from casevault.search.selectors import search_for_user
from casevault.testing import case, event, person


@pytest.mark.django_db
def test_it_returns_the_events_and_people_of_one_case(system: User) -> None:
    dossier = case(system, "Libel suits against a monitor")
    other = case(system, "Another dossier")
    inside = event(system, "Libel suit filed")
    outside = event(system, "Libel suit dismissed")
    plaintiff = person(system, "Libel Plaintiff")
    actions.case_add_event(actor=system, case=dossier, event=inside)
    actions.case_add_event(actor=system, case=other, event=outside)
    actions.case_add_person(actor=system, case=dossier, person=plaintiff, role="plaintiff")

    hits = search_for_user(system, "libel", case=dossier.pk)

    # The case itself matches too; the other case and its event do not.
    assert {h.title for h in hits} == {
        f"{dossier.reference} Libel suits against a monitor",
        "Libel suit filed",
        "Libel Plaintiff",
    }
    assert search_for_user(system, "libel", case=uuid.uuid4()) == []
