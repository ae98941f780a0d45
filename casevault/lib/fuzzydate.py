"""Dates known only to the day, the month or the year, ranges of them, and open ranges.

A ``FuzzyDate`` is the closed interval of days on which something may have happened:
``start`` is the first possible day and ``end`` the last. ``None`` for one bound makes the
interval open on that side ("before Oct 2018", "after 2015"); ``None`` for both is the
unknown date. ``precision`` says how finely the set bounds are known, and the bounds are
always aligned to it: a MONTH-precision start is the 1st of a month and its end is the last
day of a month, so the interval never claims more than the source said.

Two decisions follow from that single precision field:

* A range of mixed precision takes the coarser one and widens the finer bound outwards:
  "2018-09/2018-11-05" becomes Sep–Nov 2018. Widening keeps the true date inside the
  interval; narrowing could exclude it.
* "before X" and "after X" are strict: "before Oct 2018" ends on 30 Sep 2018, and
  "after 2015" starts on 1 Jan 2016.

Text forms (``parse``/``to_text``) are ISO 8601 based: ``2018``, ``2018-10``,
``2018-10-08``, ``2015/2017``, ``before 2018-10``, ``after 2015``, ``unknown``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

__all__ = ["FuzzyDate", "FuzzyDateError", "Precision"]


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class FuzzyDateError(ValueError):
    """Text, a dict or bounds that do not make a valid fuzzy date."""


ACCEPTED_FORMS = (
    "YYYY, YYYY-MM, YYYY-MM-DD, a range A/B (2015/2017, 2018-09/2018-11-05), "
    "'before X', 'after X', or 'unknown' / '?' / empty"
)

# Coarsest first: the order sort_key uses for equal start days.
_COARSENESS = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}

_ONE_DAY = timedelta(days=1)

_SINGLE_RE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
_OPEN_RE = re.compile(r"(?P<keyword>before|after)[ \t]+(?P<rest>.*)", re.ASCII | re.IGNORECASE)
_UNKNOWN_TEXTS = frozenset({"", "?", "unknown"})


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _COARSENESS[a] <= _COARSENESS[b] else b


def _unit_start(d: date, precision: Precision) -> date:
    if precision is Precision.YEAR:
        return date(d.year, 1, 1)
    if precision is Precision.MONTH:
        return date(d.year, d.month, 1)
    return d


def _unit_end(d: date, precision: Precision) -> date:
    if precision is Precision.YEAR:
        return date(d.year, 12, 31)
    if precision is Precision.MONTH:
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return d


def _iso(d: date, precision: Precision) -> str:
    """A bound written at its precision: 2018, 2018-10 or 2018-10-08."""
    if precision is Precision.YEAR:
        return f"{d.year:04d}"
    if precision is Precision.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _parse_iso(text: str) -> tuple[date, Precision] | None:
    """The first day of an ISO year, month or day and its precision; None if malformed."""
    match = _SINGLE_RE.fullmatch(text)
    if match is None:
        return None
    year, month, day = match.group("year", "month", "day")
    try:
        if day is not None:
            return date(int(year), int(month), int(day)), Precision.DAY
        if month is not None:
            return date(int(year), int(month), 1), Precision.MONTH
        return date(int(year), 1, 1), Precision.YEAR
    except ValueError:  # year 0000, month 13, 30 February…
        return None


def _parse_error(text: str, problem: str = "not a date") -> FuzzyDateError:
    shown = text if len(text) <= 60 else text[:57] + "..."
    return FuzzyDateError(f"{problem}: {shown!r}; accepted forms: {ACCEPTED_FORMS}")


@dataclass(frozen=True)
class FuzzyDate:
    start: date | None
    end: date | None
    precision: Precision

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "precision", Precision(self.precision))
        except (TypeError, ValueError):
            raise FuzzyDateError(
                f"unknown precision {self.precision!r}; use day, month, year or unknown"
            ) from None
        for name, bound in (("start", self.start), ("end", self.end)):
            # datetime is a subclass of date; a time of day would break alignment and equality.
            if bound is not None and (not isinstance(bound, date) or isinstance(bound, datetime)):
                raise FuzzyDateError(f"{name} must be a date or None, not {bound!r}")
        start, end, precision = self.start, self.end, self.precision
        if precision is Precision.UNKNOWN:
            if start is not None or end is not None:
                raise FuzzyDateError("an unknown date cannot have a start or an end")
            return
        if start is None and end is None:
            raise FuzzyDateError(f"a {precision}-precision date needs a start or an end")
        if start is not None and end is not None and start > end:
            raise FuzzyDateError(f"start {start} is after end {end}")
        if start is not None and start != _unit_start(start, precision):
            raise FuzzyDateError(f"start {start} is not the first day of a {precision}")
        if end is not None and end != _unit_end(end, precision):
            raise FuzzyDateError(f"end {end} is not the last day of a {precision}")
        # An open date is written "before X" / "after X" with X the neighbouring unit, so that
        # unit must exist in the calendar.
        if start is None and end == date.max:
            raise FuzzyDateError("an open start needs an end before 9999-12-31")
        if end is None and start == date.min:
            raise FuzzyDateError("an open end needs a start after 0001-01-01")

    # -- constructors -----------------------------------------------------------------

    @classmethod
    def day(cls, year: int, month: int, day: int) -> FuzzyDate:
        d = cls._make_date(year, month, day)
        return cls(d, d, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        d = cls._make_date(year, month, 1)
        return cls(d, _unit_end(d, Precision.MONTH), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        d = cls._make_date(year, 1, 1)
        return cls(d, _unit_end(d, Precision.YEAR), Precision.YEAR)

    @classmethod
    def unknown(cls) -> FuzzyDate:
        return cls(None, None, Precision.UNKNOWN)

    @classmethod
    def between(cls, a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
        """From the start of ``a`` to the end of ``b``, at the coarser of their precisions.

        The finer bound is widened to the coarser precision (see the module docstring).
        """
        if a.is_unknown or b.is_unknown:
            raise FuzzyDateError("a range needs two known dates, not an unknown one")
        precision = _coarser(a.precision, b.precision)
        start = None if a.start is None else _unit_start(a.start, precision)
        end = None if b.end is None else _unit_end(b.end, precision)
        if start is not None and end is not None and start > end:
            raise FuzzyDateError(f"a range cannot end ({end}) before it starts ({start})")
        return cls(start, end, precision)

    @classmethod
    def before(cls, x: FuzzyDate) -> FuzzyDate:
        """Strictly before ``x``: ends the day before ``x`` starts."""
        if x.start is None or x.start == date.min:
            raise FuzzyDateError(f"nothing can be dated before {x.to_text()!r}")
        return cls(None, x.start - _ONE_DAY, x.precision)

    @classmethod
    def after(cls, x: FuzzyDate) -> FuzzyDate:
        """Strictly after ``x``: starts the day after ``x`` ends."""
        if x.end is None or x.end == date.max:
            raise FuzzyDateError(f"nothing can be dated after {x.to_text()!r}")
        return cls(x.end + _ONE_DAY, None, x.precision)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        if not isinstance(text, str):
            raise FuzzyDateError(f"expected text, not {type(text).__name__}")
        stripped = text.strip()
        if stripped.lower() in _UNKNOWN_TEXTS:
            return cls.unknown()
        open_match = _OPEN_RE.fullmatch(stripped)
        if open_match is not None:
            inner = cls._parse_single(open_match.group("rest"), text)
            try:
                if open_match.group("keyword").lower() == "before":
                    return cls.before(inner)
                return cls.after(inner)
            except FuzzyDateError:
                raise _parse_error(text, "no calendar day lies there") from None
        if "/" in stripped:
            first, _, last = stripped.partition("/")
            a = cls._parse_single(first.strip(), text)
            b = cls._parse_single(last.strip(), text)
            try:
                return cls.between(a, b)
            except FuzzyDateError:
                raise _parse_error(text, "range ends before it starts") from None
        return cls._parse_single(stripped, text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FuzzyDate:
        if not isinstance(data, Mapping) or set(data) != {"start", "end", "precision"}:
            raise FuzzyDateError(
                f"expected a dict with exactly start, end and precision, not {data!r}"
            )
        try:
            precision = Precision(data["precision"])
        except (TypeError, ValueError):
            raise FuzzyDateError(
                f"unknown precision {data['precision']!r}; use day, month, year or unknown"
            ) from None
        bounds: list[date | None] = []
        for name, to_bound in (("start", _unit_start), ("end", _unit_end)):
            value = data[name]
            if value is None:
                bounds.append(None)
                continue
            parsed = _parse_iso(value) if isinstance(value, str) else None
            if parsed is None or parsed[1] is not precision:
                raise FuzzyDateError(
                    f"{name} {value!r} does not match precision {precision.value!r}: write "
                    "YYYY for year, YYYY-MM for month, YYYY-MM-DD for day, null for unknown"
                )
            bounds.append(to_bound(parsed[0], precision))
        return cls(bounds[0], bounds[1], precision)

    # -- properties -------------------------------------------------------------------

    @property
    def is_unknown(self) -> bool:
        return self.precision is Precision.UNKNOWN

    @property
    def is_open(self) -> bool:
        """True for "before …" and "after …"; the unknown date is not open, it is unknown."""
        return not self.is_unknown and (self.start is None or self.end is None)

    # -- output -----------------------------------------------------------------------

    def to_text(self) -> str:
        start, end, p = self.start, self.end, self.precision
        if start is None or end is None:
            if end is not None:
                return "before " + _iso(end + _ONE_DAY, p)
            if start is not None:
                return "after " + _iso(start - _ONE_DAY, p)
            return "unknown"
        if _unit_end(start, p) == end:
            return _iso(start, p)
        return f"{_iso(start, p)}/{_iso(end, p)}"

    def to_dict(self) -> dict[str, str | None]:
        p = self.precision
        return {
            "start": None if self.start is None else _iso(self.start, p),
            "end": None if self.end is None else _iso(self.end, p),
            "precision": str(p),
        }

    def display(self, lang: str = "en") -> str:
        """Human text in English, Russian or Kazakh ("ru-RU" counts as "ru").

        Other languages fall back to English: a missing translation must not hide a date.
        """
        style = _STYLES.get(lang.replace("_", "-").split("-")[0].lower(), _STYLES["en"])
        start, end, p = self.start, self.end, self.precision
        if start is None or end is None:
            if end is not None:
                return style.before(end + _ONE_DAY, p)
            if start is not None:
                return style.after(start - _ONE_DAY, p)
            return style.unknown
        if _unit_end(start, p) == end:
            return style.single(start, p)
        return style.range(start, end, p)

    # -- comparison -------------------------------------------------------------------

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological by first possible day; unknown dates last.

        For the same first day the coarser, then the wider, date comes first: "2018" before
        "Jan 2018" before "1 Jan 2018". In a timeline the vaguer statement then reads as a
        heading for the period the precise events fall in, rather than trailing after them.
        Every field of the date is in the key, so different dates never tie.
        """
        if self.is_unknown:
            return (1, 0, 0, 0)
        # Ordinals start at 1, so 0 is an open start (before everything) and an open end is
        # one past the last day (negated, so the widest comes first).
        start = 0 if self.start is None else self.start.toordinal()
        end = date.max.toordinal() + 1 if self.end is None else self.end.toordinal()
        return (0, start, _COARSENESS[self.precision], -end)

    def overlaps(self, other: FuzzyDate) -> bool:
        """Could both have happened on a common day, on what is known?

        An unknown date overlaps nothing: it gives no ground to connect two facts in time.
        Open bounds reach indefinitely far.
        """
        if self.is_unknown or other.is_unknown:
            return False
        starts_in_time = self.start is None or other.end is None or self.start <= other.end
        ends_in_time = self.end is None or other.start is None or other.start <= self.end
        return starts_in_time and ends_in_time

    def contains(self, d: date) -> bool:
        """Is ``d`` one of the possible days? False for the unknown date, as for overlaps."""
        if self.is_unknown:
            return False
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)

    # -- helpers ----------------------------------------------------------------------

    @staticmethod
    def _make_date(year: int, month: int, day: int) -> date:
        try:
            return date(year, month, day)
        except (TypeError, ValueError) as exc:
            raise FuzzyDateError(f"no such date {year}-{month}-{day}: {exc}") from None

    @classmethod
    def _parse_single(cls, part: str, text: str) -> FuzzyDate:
        parsed = _parse_iso(part)
        if parsed is None:
            looks_right = _SINGLE_RE.fullmatch(part) is not None
            raise _parse_error(text, "no such calendar date" if looks_right else "not a date")
        first_day, precision = parsed
        return cls(first_day, _unit_end(first_day, precision), precision)


# -- display styles -------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    """How one language writes dates; the parts are combined the same way for all."""

    unknown: str
    days_month: Callable[[str, date], str]  # ("8" or "8–12", d) -> "8 Oct"
    month: Callable[[date], str]  # a month standing alone: "Oct", "май"
    with_year: Callable[[str, date], str]  # ("Oct", d) -> "Oct 2018"
    year: Callable[[date], str]
    years: Callable[[date, date], str]
    before: Callable[[date, Precision], str]  # given the first day of X in "before X"
    after: Callable[[date, Precision], str]  # given the last day of X in "after X"

    def single(self, d: date, p: Precision) -> str:
        if p is Precision.YEAR:
            return self.year(d)
        if p is Precision.MONTH:
            return self.with_year(self.month(d), d)
        return self.with_year(self.days_month(str(d.day), d), d)

    def range(self, s: date, e: date, p: Precision) -> str:
        # Name a shared year (and month) once: "8–12 Oct 2018", "Sep–Nov 2018". An unspaced
        # dash joins single words, a spaced one joins phrases: "8 Oct – 5 Nov 2018".
        if p is Precision.YEAR:
            return self.years(s, e)
        if p is Precision.MONTH:
            if s.year == e.year:
                return self.with_year(f"{self.month(s)}–{self.month(e)}", s)
            return f"{self.single(s, p)} – {self.single(e, p)}"
        if (s.year, s.month) == (e.year, e.month):
            return self.with_year(self.days_month(f"{s.day}–{e.day}", s), s)
        if s.year == e.year:
            first, last = self.days_month(str(s.day), s), self.days_month(str(e.day), e)
            return self.with_year(f"{first} – {last}", s)
        return f"{self.single(s, p)} – {self.single(e, p)}"


def _year_after(rest: str, d: date) -> str:
    return f"{rest} {d.year}"


def _plain_years(s: date, e: date) -> str:
    return f"{s.year}–{e.year}"


def _plain_year(d: date) -> str:
    return str(d.year)


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _en_month(d: date) -> str:
    return _EN_MONTHS[d.month - 1]


def _en_days_month(days: str, d: date) -> str:
    return f"{days} {_en_month(d)}"


def _en_before(d: date, p: Precision) -> str:
    return "before " + _ENGLISH.single(d, p)


def _en_after(d: date, p: Precision) -> str:
    return "after " + _ENGLISH.single(d, p)


# Russian abbreviations: after a day number, "до" and "после" the month is genitive
# ("8 мая", "до мая 2018"); alone it is nominative ("май 2018"). Short names stay whole.
_RU_MONTHS_GENITIVE = (
    "янв.", "февр.", "мар.", "апр.", "мая", "июн.",
    "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.",
)  # fmt: skip
_RU_MONTHS_NOMINATIVE = (
    "янв.", "февр.", "март", "апр.", "май", "июнь",
    "июль", "авг.", "сент.", "окт.", "нояб.", "дек.",
)  # fmt: skip


def _ru_month(d: date) -> str:
    return _RU_MONTHS_NOMINATIVE[d.month - 1]


def _ru_days_month(days: str, d: date) -> str:
    return f"{days} {_RU_MONTHS_GENITIVE[d.month - 1]}"


def _ru_genitive(d: date, p: Precision) -> str:
    if p is Precision.MONTH:
        return f"{_RU_MONTHS_GENITIVE[d.month - 1]} {d.year}"
    return _RUSSIAN.single(d, p)


def _ru_before(d: date, p: Precision) -> str:
    return "до " + _ru_genitive(d, p)


def _ru_after(d: date, p: Precision) -> str:
    return "после " + _ru_genitive(d, p)


# Kazakh puts the year first ("2018 ж. 8 қаз."). "Before" and "after" are postpositions
# that need a case ending on the word before them, which an abbreviation cannot take, so
# they use full names: "2018 жылғы қазанға дейін" (dative + дейін), "2015 жылдан кейін"
# (ablative + кейін).
_KK_MONTHS = (
    "қаң.", "ақп.", "наур.", "сәу.", "мам.", "мау.",
    "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел.",
)  # fmt: skip
_KK_MONTHS_DATIVE = (
    "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
    "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға",
)  # fmt: skip
_KK_MONTHS_ABLATIVE = (
    "қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
    "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан",
)  # fmt: skip


def _kk_month(d: date) -> str:
    return _KK_MONTHS[d.month - 1]


def _kk_days_month(days: str, d: date) -> str:
    return f"{days} {_kk_month(d)}"


def _kk_with_year(rest: str, d: date) -> str:
    return f"{d.year} ж. {rest}"


def _kk_year(d: date) -> str:
    return f"{d.year} ж."


def _kk_years(s: date, e: date) -> str:
    return f"{s.year}–{e.year} жж."


def _kk_postposition(d: date, p: Precision, year: str, months: tuple[str, ...], word: str) -> str:
    if p is Precision.YEAR:
        return f"{d.year} {year} {word}"
    month = months[d.month - 1]
    if p is Precision.MONTH:
        return f"{d.year} жылғы {month} {word}"
    return f"{d.year} жылғы {d.day} {month} {word}"


def _kk_before(d: date, p: Precision) -> str:
    return _kk_postposition(d, p, "жылға", _KK_MONTHS_DATIVE, "дейін")


def _kk_after(d: date, p: Precision) -> str:
    return _kk_postposition(d, p, "жылдан", _KK_MONTHS_ABLATIVE, "кейін")


_ENGLISH = _Style(
    unknown="date unknown",
    days_month=_en_days_month,
    month=_en_month,
    with_year=_year_after,
    year=_plain_year,
    years=_plain_years,
    before=_en_before,
    after=_en_after,
)
_RUSSIAN = _Style(
    unknown="дата неизвестна",
    days_month=_ru_days_month,
    month=_ru_month,
    with_year=_year_after,
    year=_plain_year,
    years=_plain_years,
    before=_ru_before,
    after=_ru_after,
)
_KAZAKH = _Style(
    unknown="белгісіз күн",
    days_month=_kk_days_month,
    month=_kk_month,
    with_year=_kk_with_year,
    year=_kk_year,
    years=_kk_years,
    before=_kk_before,
    after=_kk_after,
)
_STYLES = {"en": _ENGLISH, "ru": _RUSSIAN, "kk": _KAZAKH}
