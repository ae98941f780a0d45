from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
def test_it_returns_only_the_chosen_types(system: User) -> None:
    event(system, "Pavlodar court hearing")
    person(system, "Pavlodar Witness")

    assert {h.target_type for h in search_for_user(system, "pavlodar")} == {"event", "person"}
    assert [h.target_type for h in search_for_user(system, "pavlodar", types=["person"])] == [
        "person"
    ]
    assert search_for_user(system, "pavlodar", types=["source"]) == []
