"""How a fuzzy date reads at the start of a sentence in a public statement.

A statement must never claim more precision than the record holds: a month stays a month
("In September 2018, …"), a year a year, a range a range. No day is ever invented.
"""

from __future__ import annotations

from datetime import date

from casevault.lib.fuzzydate import FuzzyDate, Precision

_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Russian months after a day or in "с … по …" take the genitive; after "в" the
# prepositional; alone in "до …" the genitive again.
_RU_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
# "по ноябрь" (inclusive end): the accusative, the same as the nominative for months.
_RU_ACCUSATIVE = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
_RU_PREPOSITIONAL = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]


def _en_point(d: date, p: Precision) -> str:
    if p is Precision.DAY:
        return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    if p is Precision.MONTH:
        return f"{_EN_MONTHS[d.month - 1]} {d.year}"
    return str(d.year)


def _ru_genitive_point(d: date, p: Precision) -> str:
    if p is Precision.DAY:
        return f"{d.day} {_RU_GENITIVE[d.month - 1]} {d.year} года"
    if p is Precision.MONTH:
        return f"{_RU_GENITIVE[d.month - 1]} {d.year} года"
    return f"{d.year} года"


def when_en(value: FuzzyDate) -> str:
    """An English adverbial for a sentence opening: "On 8 October 2018", "In 2015"…"""
    s, e, p = value.start, value.end, value.precision
    if s is None and e is None:
        return "At a date that is not known"
    if s is None and e is not None:
        return (
            f"Before {_en_point(_next(e, p), p)}"
            if p is not Precision.DAY
            else f"On or before {_en_point(e, p)}"
        )
    if e is None and s is not None:
        return (
            f"After {_en_point(_prev(s, p), p)}"
            if p is not Precision.DAY
            else f"On or after {_en_point(s, p)}"
        )
    if s is None or e is None:  # the open cases returned above
        raise ValueError(f"not a closed date: {value}")
    if _single(s, e, p):
        return ("On " if p is Precision.DAY else "In ") + _en_point(s, p)
    if p is Precision.MONTH and s.year == e.year:
        return f"Between {_EN_MONTHS[s.month - 1]} and {_EN_MONTHS[e.month - 1]} {e.year}"
    if p is Precision.DAY and (s.year, s.month) == (e.year, e.month):
        return f"Between {s.day} and {e.day} {_EN_MONTHS[e.month - 1]} {e.year}"
    return f"Between {_en_point(s, p)} and {_en_point(e, p)}"


def when_ru(value: FuzzyDate) -> str:
    """The same in Russian: «8 октября 2018 года», «В сентябре 2018 года», «В 2015 году»…"""
    s, e, p = value.start, value.end, value.precision
    if s is None and e is None:
        return "В неустановленную дату"
    if s is None and e is not None:
        if p is Precision.DAY:
            return f"Не позднее {_ru_genitive_point(e, p)}"
        return f"До {_ru_genitive_point(_next(e, p), p)}"
    if e is None and s is not None:
        if p is Precision.DAY:
            return f"Не ранее {_ru_genitive_point(s, p)}"
        return f"После {_ru_genitive_point(_prev(s, p), p)}"
    if s is None or e is None:  # the open cases returned above
        raise ValueError(f"not a closed date: {value}")
    if _single(s, e, p):
        if p is Precision.DAY:
            return _ru_genitive_point(s, p)
        if p is Precision.MONTH:
            return f"В {_RU_PREPOSITIONAL[s.month - 1]} {s.year} года"
        return f"В {s.year} году"
    if p is Precision.MONTH and s.year == e.year:
        return (
            f"В период с {_RU_GENITIVE[s.month - 1]} по {_RU_ACCUSATIVE[e.month - 1]} {e.year} года"
        )
    if p is Precision.YEAR:
        return f"В период с {s.year} по {e.year} год"
    return f"В период с {_ru_genitive_point(s, p)} по {_ru_genitive_point(e, p)}"


def when(value: FuzzyDate, lang: str) -> str:
    return when_ru(value) if lang.startswith("ru") else when_en(value)


def _single(s: date, e: date, p: Precision) -> bool:
    if p is Precision.DAY:
        return s == e
    if p is Precision.MONTH:
        return (s.year, s.month) == (e.year, e.month)
    return s.year == e.year


def _next(d: date, p: Precision) -> date:
    """The unit after an open "before" bound: "before October" ends on 30 September."""
    if p is Precision.MONTH:
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    if p is Precision.YEAR:
        return date(d.year + 1, 1, 1)
    return d


def _prev(d: date, p: Precision) -> date:
    """The unit before an open "after" bound: "after 2015" starts on 1 January 2016."""
    if p is Precision.MONTH:
        return date(d.year - (d.month == 1), (d.month - 2) % 12 + 1, 1)
    if p is Precision.YEAR:
        return date(d.year - 1, 1, 1)
    return d
