import pytest

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate, Precision
from casevault.records.models import Event
from casevault.records.selectors import chronological, events_overlapping
from casevault.testing import event

pytestmark = pytest.mark.django_db


def test_a_fuzzy_date_survives_the_database(documenter: User) -> None:
    e = event(documenter, date="2018-09")
    fresh = Event.objects.get(pk=e.pk)
    assert fresh.date == FuzzyDate.month(2018, 9)
    assert fresh.date.precision is Precision.MONTH


def test_overlap_queries_respect_precision_and_open_bounds(documenter: User) -> None:
    october = event(documenter, title="october", date="2018-10")
    day = event(documenter, title="day", date="2018-10-08")
    year = event(documenter, title="year", date="2018")
    before = event(documenter, title="before", date="before 2018-11")
    later = event(documenter, title="later", date="2019-01-14")
    unknown = event(documenter, title="unknown", date="unknown")
    found = set(
        events_overlapping(documenter, FuzzyDate.day(2018, 10, 20)).values_list("title", flat=True)
    )
    assert found == {october.title, year.title, before.title, unknown.title}
    assert day.title not in found and later.title not in found


def test_chronological_order_puts_unknown_last_and_years_before_their_days(
    documenter: User,
) -> None:
    for title, date in [
        ("d", "2018-10-08"),
        ("u", "unknown"),
        ("y", "2018"),
        ("m", "2018-10"),
        ("e", "2015"),
    ]:
        event(documenter, title=title, date=date)
    titles = list(chronological(Event.objects.all()).values_list("title", flat=True))
    assert titles == ["e", "y", "m", "d", "u"]
