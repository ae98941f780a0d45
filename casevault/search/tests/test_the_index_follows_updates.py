from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
def test_an_updated_title_replaces_the_old_words(system: User) -> None:
    incident = event(system, "Draft title")

    actions.record_update(actor=system, record=incident, changes={"title": "Beating in Semey"})

    assert search_for_user(system, "draft") == []
    assert [h.target_id for h in search_for_user(system, "semey")] == [incident.pk]


@pytest.mark.django_db
def test_raising_confidentiality_hides_the_record_from_lower_clearances(
    documenter: User, outsider: User
) -> None:
    incident = event(documenter, "Complaint to the prosecutor")
    assert len(search_for_user(outsider, "prosecutor")) == 1

    actions.record_update(
        actor=documenter, record=incident, changes={"confidentiality": Level.RESTRICTED}
    )

    assert search_for_user(outsider, "prosecutor") == []
    assert len(search_for_user(documenter, "prosecutor")) == 1


@pytest.mark.django_db
def test_a_renamed_victim_is_found_under_the_new_name(system: User) -> None:
    victim = person(system, "Unnamed detainee")
    incident = event(system, "Transfer to the pre-trial centre")
    actions.act_create(actor=system, event=incident, act_type="torture", victim=victim)

    actions.person_add_name(actor=system, person=victim, name="Асель Нурланова")

    assert [h.target_id for h in search_for_user(system, "Nurlanova", types=["event"])] == [
        incident.pk
    ]
