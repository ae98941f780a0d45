from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.search.selectors import search_for_user
from casevault.testing import case, event, person


@pytest.mark.django_db
def test_restricted_records_are_not_found_nor_counted(documenter: User, outsider: User) -> None:
    event(documenter, "Interview in Ekibastuz", confidentiality=Level.INTERNAL)
    event(documenter, "Interview in Ekibastuz, restricted", confidentiality=Level.RESTRICTED)
    person(documenter, "Ekibastuz Informant", confidentiality=Level.RESTRICTED)

    assert len(search_for_user(documenter, "ekibastuz")) == 3
    outsider_hits = search_for_user(outsider, "ekibastuz")
    assert [h.title for h in outsider_hits] == ["Interview in Ekibastuz"]
    assert search_for_user(outsider, "informant") == []


@pytest.mark.django_db
def test_a_restricted_victim_name_does_not_lead_to_an_internal_event(
    documenter: User, outsider: User
) -> None:
    victim = person(documenter, "Семёнова Елена", confidentiality=Level.RESTRICTED)
    incident = event(documenter, "Incident at the police station")
    actions.act_create(actor=documenter, event=incident, act_type="torture", victim=victim)

    # The outsider may see the event, and finds it by its own words...
    assert [h.title for h in search_for_user(outsider, "police station")] == [
        "Incident at the police station"
    ]
    # ...but not by the name of a victim they may not know of.
    assert search_for_user(outsider, "Semenova") == []
    assert [h.title for h in search_for_user(documenter, "Semenova torture")] == [
        "Incident at the police station"
    ]


@pytest.mark.django_db
def test_a_case_the_user_cannot_see_filters_to_nothing(coordinator: User, outsider: User) -> None:
    secret = case(coordinator, "Restricted dossier", confidentiality=Level.RESTRICTED)
    inside = event(coordinator, "Meeting with lawyers")
    actions.case_add_event(actor=coordinator, case=secret, event=inside)

    assert [h.title for h in search_for_user(coordinator, "lawyers", case=secret.pk)] == [
        "Meeting with lawyers"
    ]
    assert search_for_user(outsider, "lawyers", case=secret.pk) == []


@pytest.mark.django_db
def test_it_applies_the_records_own_rules_beyond_clearance(
    coordinator: User, outsider: User
) -> None:
    # The outsider's clearance allows internal records, but they are on no case team: the
    # record pages hide a case's events from them, and so must search.
    dossier = case(coordinator, "Team-only dossier")
    on_case = event(coordinator, "Hearing on the ban on prison visits")
    event(coordinator, "Hearing open to all")
    actions.case_add_event(actor=coordinator, case=dossier, event=on_case)

    assert len(search_for_user(coordinator, "hearing")) == 2
    assert [h.title for h in search_for_user(outsider, "hearing")] == ["Hearing open to all"]


@pytest.mark.django_db
def test_hidden_matches_do_not_crowd_out_visible_ones(coordinator: User, outsider: User) -> None:
    dossier = case(coordinator, "Team-only dossier")
    for n in range(6):
        hidden = event(coordinator, f"Hearing {n} on a team-only case")
        actions.case_add_event(actor=coordinator, case=dossier, event=hidden)
    event(coordinator, "Hearing open to all")

    hits = search_for_user(outsider, "hearing", limit=1)

    assert [h.title for h in hits] == ["Hearing open to all"]
