"""The date vocabulary and expressions of English and Russian, for ``dates.find_dates``.

Each pattern comes with a handler that turns a match into the fields of a ``DateMention``
(``kind``, ``year``, ``month``, ``day``…); the year a partial date means is decided later,
by ``dates.DateResolver``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

__all__ = ["COMPILED", "valid_fields"]

# --- vocabulary ------------------------------------------------------------------------

_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_RU_MONTH_STEMS = (
    ("январ", 1), ("янв", 1), ("феврал", 2), ("февр", 2), ("фев", 2), ("март", 3),
    ("мар", 3), ("апрел", 4), ("апр", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("август", 8),
    ("авг", 8), ("сентябр", 9), ("сент", 9), ("сен", 9), ("октябр", 10), ("окт", 10),
    ("ноябр", 11), ("нояб", 11), ("ноя", 11), ("декабр", 12), ("дек", 12),
)  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
    "a couple of": 2, "a few": 3, "один": 1, "одну": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3,
    "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9,
    "девяти": 9, "десять": 10, "десяти": 10, "полтора": 1, "несколько": 3,
}  # fmt: skip
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RU_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
_SEASONS = {  # first month, last month; winter starts in December of the year before
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    "весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2),
}  # fmt: skip


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word, 1)


def _ru_month(word: str) -> int:
    word = word.lower().rstrip(".")
    for stem, month in _RU_MONTH_STEMS:
        if word.startswith(stem):
            return month
    raise ValueError(word)


def _en_month(word: str) -> int:
    return _EN_MONTHS[word.lower().rstrip(".")]


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith(
        (
            "day",
            "дн",
            "ден",
            "сут",
            "morning",
            "утр",
            "night",
            "evening",
            "afternoon",
            "вечер",
            "ноч",
        )
    ):
        return "day"
    if word.startswith(("week", "недел")):
        return "week"
    if word.startswith("fortnight"):
        return "fortnight"
    if word.startswith(("month", "месяц")):
        return "month"
    return "year"


# --- patterns --------------------------------------------------------------------------

_EN_MON = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_EN_MON_ALONE = (
    r"(?P<m>January|February|March|April|June|July|August|September|October|November|December)"
)
_EN_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_EN_NUM = r"(?P<n>\d{1,2}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
_EN_UNIT = r"(?P<u>days?|weeks?|fortnights?|months?|years?)"
_EN_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SINCE_EN = r"(?P<since>\b(?i:since|from)\s+)?"

_RU_MON = (
    r"(?<![а-яёА-ЯЁ])(?P<m>январ[ьяеюё]|феврал[ьяеюё]|март[ае]?|апрел[ьяеюё]|ма[йяею]|июн[ьяеюё]|июл[ьяеюё]|"
    r"август[ае]?|сентябр[ьяеюё]|октябр[ьяеюё]|ноябр[ьяеюё]|декабр[ьяеюё]|"
    r"янв\.|февр?\.|апр\.|авг\.|сент?\.|окт\.|нояб?\.|дек\.)(?![а-яё])"
)
_RU_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)(?:\s*(?:года|году|год|г\.|г(?![а-яё])))?"
_RU_NUM = (
    r"(?P<n>\d{1,2}|один|одну|одного|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|"
    r"шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|несколько|полтора)"
)
_RU_UNIT = r"(?P<u>дн(?:я|ей|ём|ем)|день|сут(?:ок|ки)|недел[юиьея]+|месяц(?:а|ев)?|год(?:а)?|лет)"
_RU_REL_YEAR = (
    r"(?:\s+(?P<rel>прошлого|этого|текущего|нынешнего|того\s+же|следующего|позапрошлого)\s+года)?"
)
_SINCE_RU = r"(?P<since>(?<![а-яё])(?:с|со|начиная\s+с)\s+)?"

_FLAGS = re.IGNORECASE

Handler = Callable[[re.Match[str]], dict[str, object] | None]


def _rel_year(word: str | None) -> dict[str, object]:
    if not word:
        return {}
    word = " ".join(word.lower().split())
    if word in {"прошлого", "last", "the previous", "previous"}:
        return {"year_from": "ref", "year_shift": -1}
    if word == "позапрошлого":
        return {"year_from": "ref", "year_shift": -2}
    if word in {"этого", "текущего", "нынешнего", "this"}:
        return {"year_from": "ref", "year_shift": 0}
    if word in {"того же", "that", "the same"}:
        return {"year_from": "ctx", "year_shift": 0}
    return {"year_from": "ctx", "year_shift": 1}


# "Mid-March", «в конце марта»: days of the month, narrower than the month. The last third
# ends on the 28th, which every month has (a reader's "late March" still covers it).
_PARTS_OF_MONTH = (
    (("early", "the beginning", "the start", "начал"), (1, 10)),
    (("mid", "the middle", "середин"), (10, 20)),
    (("late", "the end", "конц"), (20, 28)),
    (("первой половин",), (1, 15)),
    (("второй половин",), (15, 28)),
)


def _part_of_month(word: str | None) -> tuple[int, int] | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    for prefixes, days in _PARTS_OF_MONTH:
        if word.startswith(prefixes):
            return days
    return None


def _day_of_month(m: re.Match[str]) -> dict[str, object] | None:
    """ "On the 14th", «14-го числа»: a day of the running month; «этого месяца», "of this
    month": of the document's month."""
    this = (m.groupdict().get("which") or "").lower() in {"этого", "текущего", "this"}
    return {
        "kind": "dom",
        "day": int(m.group("d") or m.group("d2")),
        **({"year_from": "ref"} if this else {}),
    }


def _absolute(month_of: Callable[[str], int]) -> Handler:
    def handle(m: re.Match[str]) -> dict[str, object] | None:
        groups = m.groupdict()
        fields: dict[str, object] = {"kind": "absolute"}
        if groups.get("y"):
            year = int(groups["y"])
            fields["year"] = year + 2000 if year < 100 else year
        if groups.get("m"):
            month = groups["m"]
            fields["month"] = int(month) if month.isdigit() else month_of(month)
        if groups.get("d"):
            fields["day"] = int(groups["d"])
        if groups.get("d2"):
            fields["kind"] = "range"
            fields["end_day"] = int(groups["d2"])
        part = _part_of_month(groups.get("part"))
        if part and "month" in fields and "day" not in fields:
            fields["kind"] = "range"
            fields["day"], fields["end_day"] = part
        fields.update(_rel_year(groups.get("rel")))
        return fields

    return handle


def _season(m: re.Match[str]) -> dict[str, object] | None:
    word = m.group("s").lower()
    months = next(v for k, v in _SEASONS.items() if word.startswith(k))
    fields: dict[str, object] = {"kind": "season", "month": months[0], "end_month": months[1]}
    if m.groupdict().get("y"):
        fields["year"] = int(m.group("y"))
    fields.update(_rel_year(m.groupdict().get("rel")))
    return fields


def _ago(m: re.Match[str]) -> dict[str, object] | None:
    unit = m.group("u").lower()
    if unit.startswith(("hour", "minute", "час", "минут")):
        # "an hour ago", «несколько часов назад»: the reference day (a day back per 24 hours).
        return {"kind": "ref", "unit": "day", "amount": -(_number(m.group("n")) // 24)}
    return {"kind": "ref", "unit": _unit(unit), "amount": -_number(m.group("n"))}


def _later(m: re.Match[str]) -> dict[str, object] | None:
    return {"kind": "ctx", "unit": _unit(m.group("u")), "amount": _number(m.groupdict().get("n"))}


def _fixed(kind: str, unit: str, amount: int) -> Handler:
    def handle(m: re.Match[str]) -> dict[str, object] | None:
        return {"kind": kind, "unit": unit, "amount": amount}

    return handle


def _weekday(names: tuple[str, ...]) -> Handler:
    def handle(m: re.Match[str]) -> dict[str, object] | None:
        word = m.group("wd").lower()
        index = next(i for i, name in enumerate(names) if word.startswith(name))
        strict = bool(m.groupdict().get("last"))
        return {"kind": "ref", "unit": "weekday", "weekday": index, "amount": -1 if strict else 0}

    return handle


_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_EN_ORDINAL = (
    r"(?P<dw>(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|thirtieth|" + "|".join(_EN_ORDINALS) + ")"
)


def _ordinal_day(word: str) -> int:
    """ "eighth" → 8, "twenty-first" → 21."""
    word = word.lower().replace(" ", "-")
    if word == "thirtieth":
        return 30
    tens, _, unit = word.rpartition("-")
    return {"": 0, "twenty": 20, "thirty": 30}[tens] + _EN_ORDINALS.index(unit) + 1


def _spelt_day(m: re.Match[str]) -> dict[str, object] | None:
    """ "The eighth of March", "March the twenty-first"."""
    fields = _absolute(_en_month)(m)
    if fields is not None:
        fields["day"] = _ordinal_day(m.group("dw"))
    return fields


def _nth_weekday(m: re.Match[str]) -> dict[str, object] | None:
    """ "The first Monday of November", "the last Friday in May"."""
    fields = _absolute(_en_month)(m)
    if fields is None:
        return None
    word = m.group("wd").lower()
    fields["weekday"] = EN_WEEKDAYS.index(word)
    nth = m.group("nth").lower()
    fields["nth"] = -1 if nth == "last" else _EN_ORDINALS.index(nth) + 1
    return fields


def _weekday_after(names: tuple[str, ...]) -> Handler:
    """ "The following Monday", «в следующий понедельник»: the first such day after the
    running date."""

    def handle(m: re.Match[str]) -> dict[str, object] | None:
        word = m.group("wd").lower()
        index = next(i for i, name in enumerate(names) if word.startswith(name))
        return {"kind": "ctx", "unit": "weekday", "weekday": index, "amount": 1}

    return handle


def _late_in_the_year(part: str | None, unit: str) -> dict[str, object]:
    """ "Late last year", «в конце прошлого года»: the running date is then its last month."""
    if (
        part
        and unit.lower().startswith(("year", "год"))
        and part.lower().startswith(("late", "at the end", "конц", "в конц"))
    ):
        return {"end_month": 12}
    return {}


def _last_month(m: re.Match[str]) -> dict[str, object] | None:
    return {"kind": "absolute", "month": _en_month(m.group("m")), "year_from": "last"}


_EN_PATTERNS: list[tuple[str, Handler]] = [
    (
        _SINCE_EN
        + r"\b(?:between\s+)?"
        + _EN_DAY
        + r"\s*(?:-|–|—|to|until|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _EN_MON
        + r"(?:,?\s+"
        + _YEAR
        + ")?",
        _absolute(_en_month),
    ),
    (
        _SINCE_EN + r"\b" + _EN_DAY + r"\s+(?:of\s+)?" + _EN_MON + r",?\s+" + _YEAR,
        _absolute(_en_month),
    ),
    (_SINCE_EN + r"\b" + _EN_MON + r"\s+" + _EN_DAY + r",?\s+" + _YEAR, _absolute(_en_month)),
    (
        _SINCE_EN
        + r"\b"
        + _EN_DAY
        + r"\s+(?:of\s+)?"
        + _EN_MON
        + r"(?![\w])(?:\s+(?:of\s+)?(?P<rel>last|this|that|the\s+previous|the\s+same|the\s+following|next)\s+year\b)?",
        _absolute(_en_month),
    ),
    (_SINCE_EN + r"\b" + _EN_MON + r"\s+" + _EN_DAY + r"(?![\d:])\b", _absolute(_en_month)),
    (
        _SINCE_EN
        + r"\b(?:(?P<part>early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?"
        + _EN_MON
        + r"(?:\s+of)?,?\s+"
        + _YEAR,
        _absolute(_en_month),
    ),
    (
        r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
        _absolute(_en_month),
    ),
    (
        _SINCE_EN
        + r"(?<![\d.])\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d{2}|\d{2})(?![\d.]\d)",
        _absolute(_en_month),
    ),
    (
        r"\b(?:in\s+)?(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+of)?\s+" + _YEAR,
        _season,
    ),
    (
        r"\b(?:in|during)\s+(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\b"
        r"(?:\s+of\s+(?P<rel>last|this|that|the\s+same|the\s+following)\s+year)?",
        _season,
    ),
    (r"\b(?i:last)\s+" + _EN_MON_ALONE + r"\b", _last_month),
    (
        _SINCE_EN + r"\b(?i:(?:in|on|of|until|till|by|during|throughout|through|at|"
        r"this|that)\s+)?"
        r"(?i:(?P<part>early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?"
        + _EN_MON_ALONE
        + r"\b(?:\s+(?:of\s+)?(?P<rel>last|this|that|the\s+previous|the\s+same|the\s+following|next)\s+year)?",
        _absolute(_en_month),
    ),
    (
        _SINCE_EN
        + r"\b(?:(?:in|of|until|till|by|during)\s+|(?P<part>early|late|mid-?)\s*)(?P<m>May)\b"
        r"(?:\s+(?:of\s+)?(?P<rel>last|this|that|the\s+previous|the\s+same|the\s+following|next)\s+year)?",
        _absolute(_en_month),
    ),
    (
        _SINCE_EN
        + r"(?:\b(?:early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?(?<![\d/.\-–])\b"
        + _YEAR
        + r"(?![\-/.–]\d)",
        _absolute(_en_month),
    ),
    # "On the 14th", "the 3rd of that month"; not "the 5th floor", "the 20th century".
    (
        r"\b(?:on\s+)?the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<which>that|this|the\s+same)\s+month\b"
        r"|\bon\s+the\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:floor|century|time|anniversary|"
        r"day|district|division|minute|hour|row|place|round|session|storey|story)\b|\s+of\b"
        r"(?!\s+(?:that|this|the\s+same)\s+month))",
        _day_of_month,
    ),
    # A chronology row "12.03 – detained": day and month, the year of the running text.
    (
        r"(?m)^[ \t•*-]*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![.\d])(?=\s*[—–:-])",
        _absolute(_en_month),
    ),
    # "On the eighth of March", "March the eighth, 2025".
    (
        r"\b(?:on\s+)?the\s+" + _EN_ORDINAL + r"\s+of\s+" + _EN_MON + r"(?:,?\s+" + _YEAR + r")?\b",
        _spelt_day,
    ),
    (
        r"\b" + _EN_MON_ALONE + r"\s+the\s+" + _EN_ORDINAL + r"\b(?:,?\s+" + _YEAR + r")?",
        _spelt_day,
    ),
    # "On the twelfth they put him in the cell": that day of the running month.
    (
        r"\bon\s+the\s+(?P<d2>"
        + _EN_ORDINAL[len("(?P<dw>") :]
        + r"(?!\s+(?:of|floor|day|time|night|anniversary|occasion|attempt|visit|count|round)\b)",
        lambda m: {"kind": "dom", "day": _ordinal_day(m.group("d2"))},
    ),
    # "On the first Monday of November", "the last Friday in May 2025".
    (
        r"\b(?:on\s+)?the\s+(?P<nth>first|second|third|fourth|last)\s+"
        + _EN_WD
        + r"\s+(?:of|in)\s+"
        + _EN_MON
        + r"(?:,?\s+"
        + _YEAR
        + r")?\b",
        _nth_weekday,
    ),
    # "On Tuesday the 14th": the day of the running month; the weekday only confirms it.
    (
        r"\b(?:on\s+)?" + _EN_WD + r",?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?!\s+of\b)",
        _day_of_month,
    ),
    # "On 06/06", "from 12.03": a day and a month written as two digits each, day first as
    # in the region's usage, after a preposition; the year is the running text's.
    (
        r"\b(?i:on|from|since|until|till|by|before|after)\s+"
        r"(?P<d>0[1-9]|[12]\d|3[01])[./](?P<m>0[1-9]|1[0-2])(?![./]?\d)",
        _absolute(_en_month),
    ),
    # A post's time stamp in a live thread ("[13:05] Verdict: …"): the day of the thread,
    # whatever earlier day the post before looked back to.
    (r"(?m)^[ \t]*\[(?:[01]?\d|2[0-3])[:.][0-5]\d\]", _fixed("ref", "day", 0)),
    # "A few days before I started writing these notes": counted back from the writing.
    (
        r"\b(?:a\s+few|several|two|three|\d+)\s+days\s+before\s+(?:i|we)\s+(?:started|began|"
        r"sat\s+down)\s+(?:writing|to\s+write)\b",
        _fixed("ref", "day", -3),
    ),
    (r"\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+month\b", _fixed("ref", "month", 0)),
    (r"\b(?:the\s+day\s+before\s+yesterday)\b", _fixed("ref", "day", -2)),
    (r"\byesterday\b", _fixed("ref", "day", -1)),
    # "Today" inside a name ("Jetisu Today", "Kazakhstan Today") is no day.
    (
        r"\b(?:(?-i:today)|(?<![a-z]\s)(?-i:Today)|this\s+morning|tonight)\b",
        _fixed("ref", "day", 0),
    ),
    (r"\blast\s+night\b", _fixed("ref", "day", -1)),
    (r"\b" + _EN_NUM + r"\s+" + _EN_UNIT + r"\s+ago\b", _ago),
    (r"\b" + _EN_NUM + r"\s+(?P<u>hours?|minutes?)\s+ago\b", _ago),
    (
        r"\b(?:(?P<part>early|late|at\s+the\s+(?:end|beginning|start)\s+of|in\s+the\s+middle\s+of)\s+)?"
        r"last\s+(?P<u>week|month|year)\b",
        lambda m: {
            "kind": "ref",
            "unit": _unit(m.group("u")),
            "amount": -1,
            **_late_in_the_year(m.group("part"), m.group("u")),
        },
    ),
    (
        r"\b(?:earlier\s+|later\s+)?this\s+(?P<u>week|month|year)\b",
        lambda m: {"kind": "ref", "unit": _unit(m.group("u")), "amount": 0},
    ),
    (
        r"\b(?:on\s+)?the\s+(?:following|next)\s+" + _EN_WD + r"\b",
        _weekday_after(EN_WEEKDAYS),
    ),
    # "on a Sunday", "every Friday" name no particular day.
    (
        r"(?<!\ba\s)(?<!\bevery\s)(?<!\beach\s)\b(?:on\s+)?(?P<last>last\s+)?" + _EN_WD + r"\b",
        _weekday(EN_WEEKDAYS),
    ),
    (
        r"\b" + _EN_NUM + r"\s+" + _EN_UNIT + r"\s+(?:later|afterwards|after\s+that|on(?=[,.;]))",
        _later,
    ),
    (r"\b(?:after|within)\s+" + _EN_NUM + r"\s+" + _EN_UNIT + r"\b", _later),
    (
        r"\b" + _EN_NUM + r"\s+" + _EN_UNIT + r"\s+(?:earlier|before(?=[,.;]))",
        lambda m: {**(_later(m) or {}), "amount": -_number(m.group("n"))},
    ),
    (
        r"\b" + _EN_NUM + r"\s+" + _EN_UNIT + r"\s+after\b",
        lambda m: {**(_later(m) or {}), "forward": True},
    ),
    (
        r"\b" + _EN_NUM + r"\s+" + _EN_UNIT + r"\s+before\b",
        lambda m: {**(_later(m) or {}), "amount": -_number(m.group("n")), "forward": True},
    ),
    (r"\b(?:the\s+)?(?:next|following)\s+(?P<u>day|morning|week|month|year)\b", _later),
    # "the day after the search", "on the eve of the hearing": count from a named happening.
    (
        r"\bthe\s+(?P<u>day|morning|week)\s+after\b(?!\s+(?:that|this|tomorrow))",
        lambda m: {**(_later(m) or {}), "forward": True},
    ),
    (
        r"\bthe\s+eve\s+of\b",
        lambda m: {"kind": "ctx", "unit": "day", "amount": -1, "forward": True},
    ),
    (
        r"\b(?:the\s+(?:previous|preceding)\s+(?P<u>day|evening|week|month|year)|the\s+day\s+before(?!\s+yesterday))\b",
        lambda m: {"kind": "ctx", "unit": _unit(m.group("u") or "day"), "amount": -1},
    ),
    (
        r"\b(?:on\s+)?(?:the\s+same|that\s+same|that)\s+(?P<u>day|evening|morning|night|week|month|year)\b",
        lambda m: {"kind": "ctx", "unit": _unit(m.group("u")), "amount": 0},
    ),
    (
        r"\blater\s+that\s+(?P<u>day|evening|morning|afternoon|night|week|month|year)\b",
        lambda m: {"kind": "ctx", "unit": _unit(m.group("u")), "amount": 0},
    ),
]

_RU_PATTERNS: list[tuple[str, Handler]] = [
    (
        _SINCE_RU
        + r"(?<![\d.])(?P<d>[0-3]?\d)\s*(?:-|–|—|по|и|до|на)\s*(?P<d2>[0-3]?\d)\s+"
        + _RU_MON
        + r"(?:\s+"
        + _RU_YEAR
        + ")?"
        + _RU_REL_YEAR,
        _absolute(_ru_month),
    ),
    (
        _SINCE_RU
        + r"[«\"]?(?<![\d.])(?P<d>[0-3]?\d)(?:-?го)?[»\"]?\s+"
        + _RU_MON
        + r"\s+"
        + _RU_YEAR,
        _absolute(_ru_month),
    ),
    (
        _SINCE_RU + r"(?<![\d.])(?P<d>[0-3]?\d)(?:-?го)?\s+" + _RU_MON + _RU_REL_YEAR,
        _absolute(_ru_month),
    ),
    (
        _SINCE_RU
        + r"(?:(?:в\s+)?(?P<part>начале|конце|середине|первой\s+половине|второй\s+половине)\s+)?"
        + _RU_MON
        + r"\s+"
        + _RU_YEAR,
        _absolute(_ru_month),
    ),
    (
        _SINCE_RU
        + r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])(?:\s*(?:года|г\.|г(?![а-яё])))?",
        _absolute(_ru_month),
    ),
    (r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _absolute(_ru_month)),
    (
        r"(?P<s>весной|летом|осенью|зимой|весна|лето|осень|зима)\s+" + _RU_YEAR,
        _season,
    ),
    (
        r"(?<![а-яё])(?P<s>весной|летом|осенью|зимой)(?![а-яё])" + _RU_REL_YEAR,
        _season,
    ),
    (
        _SINCE_RU
        + r"(?:(?:в\s+)?(?P<part>начале|конце|середине|первой\s+половине|второй\s+половине)\s+)?"
        + _RU_MON
        + _RU_REL_YEAR,
        _absolute(_ru_month),
    ),
    (
        _SINCE_RU
        + r"(?:(?:в\s+)?(?:начале|конце|середине|первой\s+половине|второй\s+половине)\s+)?"
        r"(?<![\d.\-–])(?P<y>(?:19|20)\d{2})(?![\d\-–.]\d)(?:\s*(?:года|году|год|г\.|г(?![а-яё])))?",
        _absolute(_ru_month),
    ),
    (
        r"(?<![\d.])(?P<d>[0-3]?\d)-?го\s+числа(?:\s+(?P<which>этого|того\s+же|текущего|того)\s+месяца)?",
        _day_of_month,
    ),
    (
        r"(?m)^[ \t•*-]*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![.\d])(?=\s*[—–:-])",
        _absolute(_ru_month),
    ),
    # «С 06.06 по 12.06», «до 15.07»: day and month, two digits each, after a preposition.
    (
        r"(?<![а-яё])(?:с|со|до|по|после)\s+"
        r"(?P<d>0[1-9]|[12]\d|3[01])[./](?P<m>0[1-9]|1[0-2])(?![./]?\d)",
        _absolute(_ru_month),
    ),
    # A post's time stamp in a live thread ("[13:05] Verdict: …"): the day of the thread,
    # whatever earlier day the post before looked back to.
    (r"(?m)^[ \t]*\[(?:[01]?\d|2[0-3])[:.][0-5]\d\]", _fixed("ref", "day", 0)),
    # «С начала месяца ему не дают инсулин»: since the start of the document's month.
    (r"(?<![а-яё])с\s+начала\s+(?:этого\s+|текущего\s+)?месяца", _fixed("ref", "month", 0)),
    (r"(?<![а-яё])с\s+начала\s+(?:этого\s+|текущего\s+)?года", _fixed("ref", "year", 0)),
    # «Прошлой весной»: the last such season before the document's date.
    (
        r"(?<![а-яё])прошл(?:ой|ым|ую|ого)\s+(?P<s>весной|летом|осенью|зимой|весны|лета|осени|зимы)",
        lambda m: {**(_season(m) or {}), "year_from": "last"},
    ),
    (r"(?<![а-яё])позавчера(?![а-яё])", _fixed("ref", "day", -2)),
    (r"(?<![а-яё])вчера(?![а-яё])", _fixed("ref", "day", -1)),
    (r"(?<![а-яё])(?:сегодня|сегодняшн\w+)(?![а-яё])", _fixed("ref", "day", 0)),
    (r"(?<![а-яё])" + _RU_NUM + r"?\s*" + _RU_UNIT + r"\s+назад", _ago),
    (r"(?<![а-яё])" + _RU_NUM + r"?\s*(?P<u>час(?:а|ов)?|минут[уы]?)\s+назад", _ago),
    (r"(?<![а-яё])на\s+прошлой\s+неделе", _fixed("ref", "week", -1)),
    (r"(?<![а-яё])на\s+этой\s+неделе", _fixed("ref", "week", 0)),
    (r"(?<![а-яё])в\s+прошлом\s+месяце", _fixed("ref", "month", -1)),
    (r"(?<![а-яё])в\s+(?:этом|текущем|нынешнем)\s+месяце", _fixed("ref", "month", 0)),
    (r"(?<![а-яё])в\s+позапрошлом\s+году", _fixed("ref", "year", -2)),
    (
        r"(?<![а-яё])(?:в\s+)?(?P<part>начале|конце|середине|первой\s+половине|второй\s+половине)\s+"
        r"(?P<rel>прошлого|этого|текущего|позапрошлого)\s+года",
        lambda m: {
            "kind": "ref",
            "unit": "year",
            "amount": {"прошлого": -1, "позапрошлого": -2}.get(m.group("rel").lower(), 0),
            **_late_in_the_year(m.group("part"), "год"),
        },
    ),
    (
        r"(?<![а-яё])(?:в\s+)?прошлом\s+году|(?<![а-яё])в\s+прошлом\s+году",
        _fixed("ref", "year", -1),
    ),
    (r"(?<![а-яё])в\s+(?:этом|текущем|нынешнем|сем)\s+году", _fixed("ref", "year", 0)),
    (
        r"(?<![а-яё])(?:в|во)\s+(?P<last>(?:прошл|минувш)(?:ый|ую|ое|ий)\s+)?(?:(?:эт(?:от|у|о))\s+)?"
        r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])",
        _weekday(RU_WEEKDAYS),
    ),
    (
        r"(?<![а-яё])(?:в|во)\s+(?:следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))\s+"
        r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])",
        _weekday_after(RU_WEEKDAYS),
    ),
    (
        r"(?<![а-яё])(?P<since>со?\s+)(?P<wd>понедельника|вторника|среды|четверга|пятницы|субботы|"
        r"воскресенья)(?![а-яё])",
        _weekday(RU_WEEKDAYS),
    ),
    (
        r"(?<![а-яё])(?:на\s+следующ(?:ий|ее|ие)\s+(?P<u>день|утро|сутки)|на\s+другой\s+день|наутро|на\s+следующее\s+утро)",
        _fixed("ctx", "day", 1),
    ),
    # «накануне заседания» counts back from a named happening; a bare «накануне» from the
    # running date.
    (
        r"(?<![а-яё])накануне(?=\s+(?!вечером|утром|днем|днём|ночью)[а-яё]{3,})",
        lambda m: {"kind": "ctx", "unit": "day", "amount": -1, "forward": True},
    ),
    (r"(?<![а-яё])накануне(?![а-яё])", _fixed("ctx", "day", -1)),
    (
        r"(?<![а-яё])(?:в\s+(?:тот|этот)\s+же\s+день|в\s+тот\s+день|в\s+этот\s+день|тем\s+же\s+днём|тем\s+же\s+днем|в\s+тот\s+же\s+вечер)",
        _fixed("ctx", "day", 0),
    ),
    (
        r"(?<![а-яё])(?:через|спустя)\s+" + _RU_NUM + r"?\s*" + _RU_UNIT + r"\s+после",
        lambda m: {**(_later(m) or {}), "forward": True},
    ),
    (
        r"(?<![а-яё])за\s+" + _RU_NUM + r"?\s*" + _RU_UNIT + r"\s+до",
        lambda m: {
            **(_later(m) or {}),
            "amount": -_number(m.groupdict().get("n")),
            "forward": True,
        },
    ),
    (r"(?<![а-яё])через\s+" + _RU_NUM + r"?\s*" + _RU_UNIT, _later),
    (r"(?<![а-яё])" + _RU_NUM + r"?\s*" + _RU_UNIT + r"\s+спустя", _later),
    (r"(?<![а-яё])спустя\s+" + _RU_NUM + r"?\s*" + _RU_UNIT, _later),
    (r"(?<![а-яё])в\s+(?:том\s+же|этом\s+же)\s+году", _fixed("ctx", "year", 0)),
    (r"(?<![а-яё])(?:в\s+следующем\s+году|на\s+следующий\s+год)", _fixed("ctx", "year", 1)),
    (r"(?<![а-яё])в\s+(?:том\s+же|этом\s+же)\s+месяце", _fixed("ctx", "month", 0)),
    (r"(?<![а-яё])в\s+следующем\s+месяце", _fixed("ctx", "month", 1)),
]

COMPILED = {
    "en": [(re.compile(p, _FLAGS if "(?P<m>January" not in p else 0), h) for p, h in _EN_PATTERNS],
    "ru": [(re.compile(p, _FLAGS), h) for p, h in _RU_PATTERNS],
}


def valid_fields(fields: dict[str, object]) -> bool:
    month = fields.get("month")
    day = fields.get("day")
    year = fields.get("year")
    if isinstance(month, int) and not 1 <= month <= 12:
        return False
    if isinstance(day, int):
        if not 1 <= day <= 31:
            return False
        if isinstance(month, int) and isinstance(year, int):
            if day > calendar.monthrange(year, month)[1]:
                return False
    end_day = fields.get("end_day")
    if isinstance(end_day, int) and isinstance(day, int) and not day < end_day <= 31:
        return False
    return True
