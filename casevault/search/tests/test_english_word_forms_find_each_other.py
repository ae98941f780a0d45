from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event


@pytest.mark.django_db
def test_beaten_and_beating_find_each_other(system: User) -> None:
    event(system, "Detainee beaten in cell 4")
    event(system, "Beating at the border post")
    event(system, "Monitors denied access")

    both = {"Detainee beaten in cell 4", "Beating at the border post"}
    assert {h.title for h in search_for_user(system, "beaten")} == both
    assert {h.title for h in search_for_user(system, "beating")} == both


@pytest.mark.django_db
def test_arrested_finds_arrest_and_an_act_is_found_by_its_type(system: User) -> None:
    from casevault.records import actions

    event(system, "Arrest of a blogger")
    other = event(system, "Night raid")
    actions.act_create(actor=system, event=other, act_type="torture")

    assert [h.title for h in search_for_user(system, "arrested")] == ["Arrest of a blogger"]
    # The act's type, in any of its languages, belongs to the event.
    assert [h.title for h in search_for_user(system, "tortured")] == ["Night raid"]
    assert [h.title for h in search_for_user(system, "пытки")] == ["Night raid"]
