"""Statistics count acts, each once per group, with honest dates and a note on every chart."""

from __future__ import annotations

import pytest

from casevault.accounts.actions import system_actor
from casevault.accounts.models import User
from casevault.publish import charts, stats
from casevault.records import actions
from casevault.records.demo import demo_populate
from casevault.records.selectors import acts_for_user
from casevault.testing import event, person

pytestmark = pytest.mark.django_db


def rows(table: stats.Table) -> dict[tuple[str, ...], int]:
    return {tuple(labels): n for labels, n in table.rows}


def test_an_act_with_two_perpetrators_of_one_type_is_counted_once(coordinator: User) -> None:
    victim = person(coordinator, "Someone")
    beaten = event(coordinator, date="2018-10-08")
    act = actions.act_create(actor=coordinator, event=beaten, act_type="torture", victim=victim)
    for _ in range(2):
        actions.involvement_create(
            actor=coordinator, act=act, degree="carried_out", perpetrator_type="police"
        )
    actions.act_create(
        actor=coordinator, event=event(coordinator, date="2019"), act_type="threat", victim=victim
    )

    by_perpetrator = rows(stats.count_acts(acts_for_user(coordinator), ["perpetrator_type"]))
    assert by_perpetrator == {("Police",): 1, ("not known",): 1}
    by_month = rows(stats.count_acts(acts_for_user(coordinator), ["year", "month"]))
    # The 2019 act is known only to the year: it gets no invented month.
    assert by_month == {("2018", "10"): 1, ("2019", "not known"): 1}


def test_filters_and_the_demo_case_by_type_and_year(system: User) -> None:
    demo_populate(actor=system_actor())
    everything = acts_for_user(system)
    table = stats.count_acts(everything, ["act_type", "year"], "ru")
    assert table.total == everything.count()
    assert ("Запрет или ограничение передвижения", "2018") in rows(table)

    travel = stats.count_acts(everything, ["region"], filters=stats.Filters(act_types=["movement"]))
    assert travel.total == everything.filter(act_type__parent__code="movement").count()
    with pytest.raises(stats.StatsError):
        stats.parse_dimensions("act_type,colour")


def test_every_chart_and_csv_carries_the_note_that_these_are_not_prevalence(system: User) -> None:
    demo_populate(actor=system)
    for by in (["act_type"], ["year"], ["act_type", "year"]):
        table = stats.count_acts(acts_for_user(system), by)
        assert "not a measure of how often" in charts.chart_svg(table)
        assert "not a measure of how often" in stats.table_csv(table).decode()
    png = charts.svg_to_png(charts.chart_svg(stats.count_acts(acts_for_user(system), ["year"])))
    assert png.startswith(b"\x89PNG")
