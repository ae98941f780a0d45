from __future__ import annotations

import datetime

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


def found(user: User, start: str | None, end: str | None) -> set[str]:
    return {
        h.title
        for h in search_for_user(
            user,
            "hearing",
            date_from=datetime.date.fromisoformat(start) if start else None,
            date_to=datetime.date.fromisoformat(end) if end else None,
        )
    }


@pytest.mark.django_db
def test_fuzzy_dates_match_any_range_they_may_overlap(system: User) -> None:
    event(system, "Hearing on a day", date="2018-10-08")
    event(system, "Hearing in a month", date="2018-11")
    event(system, "Hearing in a year", date="2019")
    event(system, "Hearing on an unknown date", date="")
    person(system, "Hearing Witness")  # no date at all

    assert found(system, "2018-10-01", "2018-10-31") == {"Hearing on a day"}
    assert found(system, "2018-11-15", "2018-11-15") == {"Hearing in a month"}
    assert found(system, "2018-10-20", "2019-03-01") == {"Hearing in a month", "Hearing in a year"}
    assert found(system, "2019-06-01", None) == {"Hearing in a year"}
    assert found(system, None, "2018-10-31") == {"Hearing on a day"}
    assert len(found(system, None, None)) == 5
