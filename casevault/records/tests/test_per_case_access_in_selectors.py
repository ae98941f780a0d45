import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from casevault.accounts.models import CaseGrant, User
from casevault.records import actions, selectors
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


def test_a_documenter_sees_only_the_cases_they_hold_a_grant_for(
    coordinator: User, documenter: User
) -> None:
    mine = case(coordinator, title="Mine")
    case(coordinator, title="Not mine")
    CaseGrant.objects.create(user=documenter, case=mine)
    assert list(selectors.cases_for_user(documenter)) == [mine]


def test_coordinators_see_every_case_within_their_clearance(coordinator: User) -> None:
    a = case(coordinator, title="A")
    b = case(coordinator, title="B", confidentiality="secret")
    assert set(selectors.cases_for_user(coordinator)) == {a, b}


def test_records_of_a_case_follow_the_case_grant(coordinator: User, documenter: User) -> None:
    other = case(coordinator, title="Other team's case")
    hidden = event(coordinator, title="On the other case")
    actions.case_add_event(actor=coordinator, case=other, event=hidden)
    victim = person(coordinator, "Ерлан Жаксыбеков")
    actions.act_create(actor=coordinator, event=hidden, act_type="arrest", victim=victim)
    with pytest.raises(Http404):
        selectors.event_get_for_user(documenter, hidden.pk)
    with pytest.raises(Http404):
        selectors.person_get_for_user(documenter, victim.pk)
    CaseGrant.objects.create(user=documenter, case=other)
    assert selectors.event_get_for_user(documenter, hidden.pk) == hidden
    assert selectors.person_get_for_user(documenter, victim.pk) == victim


def test_records_on_no_case_are_visible_by_role_and_clearance(
    coordinator: User, outsider: User
) -> None:
    loose = event(coordinator, title="Not on any case")
    secret = event(coordinator, title="Secret, not on any case", confidentiality="secret")
    assert selectors.event_get_for_user(outsider, loose.pk) == loose
    with pytest.raises(Http404):
        selectors.event_get_for_user(outsider, secret.pk)


def test_a_read_only_grant_lets_one_read_but_not_edit(coordinator: User, lawyer: User) -> None:
    dossier = case(coordinator, title="Read only")
    happened = event(coordinator, title="Hearing")
    actions.case_add_event(actor=coordinator, case=dossier, event=happened)
    CaseGrant.objects.create(user=lawyer, case=dossier, can_edit=False)
    assert selectors.event_get_for_user(lawyer, happened.pk) == happened
    with pytest.raises(PermissionDenied):
        selectors.event_get_for_user(lawyer, happened.pk, edit=True)
