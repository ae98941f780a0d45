import pytest

from casevault.accounts.models import User
from casevault.audit.models import Revision
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.testing import event

pytestmark = pytest.mark.django_db


def test_each_update_keeps_the_previous_state_with_who_and_what(
    documenter: User, lawyer: User
) -> None:
    e = event(documenter, title="Search", date="2018-11")
    actions.event_update(
        actor=lawyer,
        event=e,
        title="Search of the chair's house",
        date=FuzzyDate.parse("2018-11-14"),
    )
    history = list(Revision.objects.filter(target_id=str(e.pk)).order_by("version"))
    assert [r.version for r in history] == [1, 2]
    assert history[0].actor == "documenter"
    assert history[0].data["title"] == "Search"
    assert history[0].data["date_precision"] == "month"
    assert history[1].actor == "lawyer"
    assert history[1].data["title"] == "Search of the chair's house"
    assert set(history[1].changed) == {"title", "date_start", "date_end", "date_precision"}


def test_an_update_with_no_change_writes_no_revision(documenter: User) -> None:
    e = event(documenter)
    actions.record_update(actor=documenter, record=e, changes={})
    assert Revision.objects.filter(target_id=str(e.pk)).count() == 1
