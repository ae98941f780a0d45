"""Hypothesis strategies that build every shape of FuzzyDate through its public constructors."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from casevault.lib.fuzzydate import FuzzyDate

_all_days = st.dates()
# Away from year 1 and 9999, where "before"/"after" have no neighbouring unit.
_inner_days = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


@st.composite
def single_dates(draw: st.DrawFn, days: st.SearchStrategy[date] = _all_days) -> FuzzyDate:
    d = draw(days)
    kind = draw(st.sampled_from(["day", "month", "year"]))
    if kind == "day":
        return FuzzyDate.day(d.year, d.month, d.day)
    if kind == "month":
        return FuzzyDate.month(d.year, d.month)
    return FuzzyDate.year(d.year)


@st.composite
def ranges(draw: st.DrawFn, days: st.SearchStrategy[date] = _all_days) -> FuzzyDate:
    a, b = draw(single_dates(days)), draw(single_dates(days))
    # Ordered by first day, widening to the coarser precision keeps start <= end.
    if a.sort_key() > b.sort_key():
        a, b = b, a
    return FuzzyDate.between(a, b)


@st.composite
def open_dates(draw: st.DrawFn) -> FuzzyDate:
    inner = draw(st.one_of(single_dates(_inner_days), ranges(_inner_days)))
    return draw(st.sampled_from([FuzzyDate.before(inner), FuzzyDate.after(inner)]))


def fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    return st.one_of(single_dates(), ranges(), open_dates(), st.just(FuzzyDate.unknown()))


def known_fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    return st.one_of(single_dates(), ranges(), open_dates())
