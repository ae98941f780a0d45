"""The chronology runs in date order and never claims more precision than the record."""

from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.publish.actions import statement_create
from casevault.records import actions
from casevault.testing import case, event, person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "year", "month", "day"),
    [
        ("en", "In 2015: ", "In September 2018: ", "On 8 October 2018: "),
        ("ru", "В 2015 году: ", "В сентябре 2018 года: ", "8 октября 2018 года: "),
    ],
)
def test_each_precision_opens_its_sentence_in_both_languages(
    coordinator: User, lang: str, year: str, month: str, day: str
) -> None:
    dossier = case(coordinator)
    victim = person(coordinator, "Public Person")
    for title, date in [("Searched", "2018-10-08"), ("Banned", "2015"), ("Stopped", "2018-09")]:
        found = event(coordinator, title=title, date=date)
        actions.case_add_event(actor=coordinator, case=dossier, event=found)
        actions.act_create(actor=coordinator, event=found, act_type="travel_ban", victim=victim)

    body = statement_create(actor=coordinator, case=dossier, lang=lang).body

    assert (
        body.index(year + "Banned") < body.index(month + "Stopped") < body.index(day + "Searched")
    )
    if lang == "en":
        assert "In September 2018: Stopped. A victim was prevented from travelling." in body
