"""Find date expressions in English and Russian text and resolve them to fuzzy dates.

Two steps, both pure:

1. ``find_dates`` finds the expressions (absolute, partial and relative) with their
   offsets and what they say, without deciding the year they mean.
2. ``DateResolver`` walks them in document order and resolves each one against the
   document's own date (the *reference*) and the *running context*: the last date the text
   moved to. "On 8 October" after "In July 2018" is 8 October 2018 even in a statement
   written in 2019; "three days later" counts from the last day named; "last year" and
   «в ноябре прошлого года» count from the reference.

dateparser is not used: it misreads Russian prepositional months and "since July 2018"
(see NOTES.md), and its guesses ignore the running context.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from casevault.lib.fuzzydate import FuzzyDate, Precision

from .date_patterns import COMPILED, EN_WEEKDAYS, RU_WEEKDAYS, valid_fields
from .prefilter import LiteralFilter
from .spans import TakenSpans

__all__ = ["DateMention", "DateResolver", "find_dates", "find_document_date", "resolve_all"]


@dataclass(frozen=True)
class DateMention:
    """One date expression; which fields are set depends on ``kind``.

    kind: "absolute" (year/month/day, any of them may be missing when the text leaves
    them out), "range" (day..end_day of one month), "season", "ref" (relative to the
    reference date: ``amount`` units ago, or ``weekday``), "ctx" (relative to the running
    context: ``amount`` units after it; 0 means the same unit).
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    unit: str | None = None
    amount: int = 0
    weekday: int | None = None
    year_from: str | None = None  # "ref" / "ctx": the year is relative ("прошлого года")
    year_shift: int = 0
    since: bool = False
    reporting: bool = False  # when something was said ("told reporters on Thursday")
    forward: bool = (
        False  # "three days after <something> on 11 December": counts from the next date
    )
    # For a forward mention: the next date is the anchor it counts from, in the same sentence.
    anchored: bool = False
    # For a forward mention: it counts from a named happening ("the day after the search",
    # «через неделю после обыска»), not from a clause ("two days after she spoke").
    anchor_noun: bool = False
    # "On the eve of the hearing, 29 May, …": the date that follows is the day itself.
    appositive: bool = False
    # The anchor is in a later sentence: it dates that sentence's acts too.
    anchor_elsewhere: bool = False
    # A year that names something else ("the law of 2014", «закон 2014 года», "the 2019
    # amendments") dates no act and does not move the running context.
    attributive: bool = False
    # "Detained on 4 March, two days after the workers declared a hunger strike": the date
    # just before is the later day; what follows "after" happened that much earlier.
    anchored_before: bool = False
    # "The first Monday of November": the nth ``weekday`` of the month (-1 the last).
    nth: int = 0
    # "since 2015", «с 2017 года»: a state that began then; it dates acts in its sentence but
    # does not move the running context (a later "in October" is not October of 2015).
    moves_context: bool = True
    # "[09.02.2026 09:00]" heading a post of a thread: "today" in the post is that day.
    post_header: bool = False


# A date right after a verb of saying dates the saying, not the facts ("his sister told our
# correspondent on Wednesday"); "said that on 8 October …" still dates the facts.
_REPORTING = re.compile(
    r"(?:\b(?:said|told|reported|announced|stated|wrote|added|confirmed|explained|posted)"
    r"(?:\s+(?!that\b)[\w'-]+){0,3}|(?<![а-яё])(?:сообщил|заявил|рассказал|пояснил|написал)\w*"
    r"(?:\s+(?!что(?![а-яё]))[\w-]+){0,3})\s+(?:on|в|во)?\s*$",
    re.IGNORECASE,
)


# Most documents use a few of the date forms: the others are not run at all.
_FILTERS = {lang: LiteralFilter([p for p, _ in patterns]) for lang, patterns in COMPILED.items()}


def find_dates(text: str, lang: str) -> list[DateMention]:
    """All date expressions in ``text``, in order, longest match first where they overlap."""
    rules = "ru" if lang in {"ru", "kk"} else "en"
    patterns = COMPILED[rules]
    found: list[DateMention] = []
    for index in _FILTERS[rules].candidates(text):
        pattern, handler = patterns[index]
        for match in pattern.finditer(text):
            fields = handler(match)
            if fields is None or not valid_fields(fields):
                continue
            since = bool(match.groupdict().get("since"))
            start, end = match.span()
            # Leading words like "in"/"в" are not part of the date itself.
            raw = match.group(0)
            stripped = raw.lstrip()
            start += len(raw) - len(stripped)
            reporting = bool(_REPORTING.search(text[max(0, start - 50) : start]))
            found.append(
                DateMention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    since=since,
                    reporting=reporting,
                    **fields,  # type: ignore[arg-type]
                )
            )
    # Longest first: "In August 2018" beats "In August" and "2018".
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[DateMention] = []
    taken = TakenSpans(len(text))
    for mention in found:
        if not taken.free(mention.start, mention.end):
            continue
        taken.take(mention.start, mention.end)
        kept.append(mention)
    kept.sort(key=lambda m: m.start)
    return [_with_context_roles(text, lang, kept, i) for i in range(len(kept))]


# Words after which a bare year is a time ("in 2018", «в 2018 году», "between 2015 and
# 2017"); after any other word it names something ("the law of 2014", «выборы 2019 года»).
_YEAR_AS_TIME = {
    "en": re.compile(
        r"(?:^|[\n.:;!?(]\s*|\b(?:in|during|by|until|till|before|after|from|since|around|"
        r"throughout|and|or|to|for|between|early|late|mid-?|of\s+the\s+(?:year|end|start|beginning|"
        r"middle))\s+)$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:^|[\n.:;!?(]\s*|(?<![а-яё])(?:в|во|к|до|с|со|по|за|и|или|между|начале|конце|середине|"
        r"половине|течение|период|году|года|лето|осень|зиму|весну)\s+)$",
        re.IGNORECASE,
    ),
}
# A day that names a document ("the article of 4 November", «обращение от 12.02.2026») dates
# no act and does not move the running date.
_DOCUMENT_OF = {
    "en": re.compile(
        r"\b(?:article|post|publication|letter|decision|ruling|order|decree|complaint|"
        r"statement|report|video|interview|request|petition)s?\s+(?:of|from|dated)\s+$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![а-яё])(?:стать|публикаци|пост|письм|постановлени|решени|приказ|жалоб|обращени|"
        r"заявлени|видео|интервью|запрос|ходатайств)\w*\s+(?:№\s*[\w/-]+\s+)?от\s+$",
        re.IGNORECASE,
    ),
}
# A day something is set for ("adjourned until 28 April", «заседание назначено на октябрь»)
# is ahead of the story: it dates the plan, not the running text.
_PLANNED = {
    "en": re.compile(
        r"\b(?:scheduled|set|adjourned|postponed|put\s+off|deferred|moved|due)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:for|to|until|till|on)\s+(?:the\s+)?$|"
        r"\b(?:planned|expected|is\s+due)\s+(?:[\w-]+\s+){0,4}?(?:for|in|on|by)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![а-яё])(?:назначен\w*|отложен\w*|перенесен\w*|перенес[её]н\w*|отложил\w*|перенес\w*|"
        r"запланирован\w*|состоится|пройд[её]т)\s+(?:[\w-]+\s+){0,3}?(?:на|до)\s+$|"
        r"(?<![а-яё])(?:планиру\w+|намечен\w*|ожидается|предстоит)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:на|до|в|во|к)\s+$",
        re.IGNORECASE,
    ),
}
# "Back in December 2025", «ещё в декабре 2025 года»: a look back that leaves the story where
# it was.
_LOOKING_BACK = {
    "en": re.compile(r"\b(?:back\s+in|as\s+early\s+as|as\s+far\s+back\s+as)\s+$", re.IGNORECASE),
    "ru": re.compile(r"(?<![а-яё])ещ[её]\s+(?:в|во|с|со)\s+$", re.IGNORECASE),
}
_STILL_SO = re.compile(
    r"[^.;!?\n]{0,60}?\b(?:has|have)\s+(?:\w+\s+)?been\b|[^.;!?\n]{0,60}?\b(?:is|are)\s+(?:still\s+)?"
    r"(?:being\s+)?(?:held|kept|detained|denied|refused|banned|barred|followed|on\s+hunger\s+strike)\b",
    re.IGNORECASE,
)
_POST_HEADER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\[$")
_POST_HEADER_AFTER = re.compile(r",?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\]")
_NOUN_AFTER_ANCHOR = {
    "en": re.compile(r"^\s*(?:the|his|her|their|its|this|these|those|our|my)\s", re.IGNORECASE),
    "ru": re.compile(r"^\s*(?!того(?![а-яё]))(?:[а-яё]+\s+)?[а-яё]{3,}", re.IGNORECASE),
}
_MEASURED = re.compile(
    r"(?:\b(?:less|more|fewer)\s+than|\bwithin|\bunder|\balmost|\bbarely|"
    r"(?<![а-яё])(?:менее|меньше|более|больше)(?:\s+чем)?)\s*$",
    re.IGNORECASE,
)
_JUST_A_COMMA = re.compile(r"^(?:\s*(?:года|году|г\.|г)(?![а-яё]))?\s*[,—–-]\s*$")
_SENTENCE_END = re.compile(r"[.!?](?:\s+[A-ZА-ЯЁ\d«\"]|\s*$)|\n")


def _with_context_roles(
    text: str, lang: str, mentions: list[DateMention], index: int
) -> DateMention:
    mention = mentions[index]
    lang = "ru" if lang in {"ru", "kk"} else "en"
    attributive, moves_context = False, True
    anchored = anchor_elsewhere = appositive = anchor_noun = anchored_before = False
    if mention.kind == "absolute" and mention.month is None and mention.year is not None:
        if mention.since:
            moves_context = False
        else:
            before = text[max(0, mention.start - 30) : mention.start]
            line = before.rsplit("\n", 1)[-1]
            attributive = bool(line.strip()) and not _YEAR_AS_TIME[lang].search(before)
    if mention.day is not None and _DOCUMENT_OF[lang].search(
        text[max(0, mention.start - 40) : mention.start]
    ):
        attributive = True  # "an article of 4 November", «обращение от 12.02.2026»
    if mention.forward:
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        eve = mention.amount < 0 and mention.unit == "day"
        if following is not None and following.kind == "absolute":
            gap = text[mention.end : following.start]
            # The eve of a hearing is the eve of the day the text names next, often in the
            # next sentence ("On the eve of the hearing … fell ill. On 18 November the court …").
            if (len(gap) < 120 and not _SENTENCE_END.search(gap)) or (
                eve and following.day is not None and len(gap) < 200
            ):
                # "On the eve of the hearing, 29 May", «за неделю до нападения, 30 января»:
                # the date after the comma is the day itself.
                if re.search(r",\s*$", gap) and not _SENTENCE_END.search(gap):
                    appositive = True
                else:
                    anchored = True
                    anchor_elsewhere = bool(_SENTENCE_END.search(gap))
        previous = mentions[index - 1] if index > 0 else None
        if (
            not anchored
            and not appositive
            and mention.amount > 0
            and previous is not None
            and previous.kind == "absolute"
            and previous.day is not None
            and _JUST_A_COMMA.match(text[previous.end : mention.start])
        ):
            anchored_before = True
        # "less than a day after his arrest" measures a gap; it names no day.
        measured = _MEASURED.search(text[max(0, mention.start - 20) : mention.start])
        anchor_noun = not measured and bool(_NOUN_AFTER_ANCHOR[lang].match(text[mention.end :]))
    if _PLANNED[lang].search(text[max(0, mention.start - 50) : mention.start]) or _LOOKING_BACK[
        lang
    ].search(text[max(0, mention.start - 30) : mention.start]):
        moves_context = False
    if (
        mention.since
        and mention.year is None
        and mention.month is not None
        and mention.year_from is None
        and _STILL_SO.match(text, mention.end)
    ):
        # "Since mid-September he has been kept alone": a state lasting until the writer's
        # now began in the latest such month, whatever year the story was telling before.
        mention = replace(mention, year_from="latest")
    if (
        mention.day is not None
        and _POST_HEADER_BEFORE.search(text[max(0, mention.start - 3) : mention.start])
        and _POST_HEADER_AFTER.match(text, mention.end)
    ):
        mention = replace(mention, post_header=True)
    if not (
        attributive or appositive or anchored or anchor_noun or anchored_before or not moves_context
    ):
        return mention
    return replace(
        mention,
        anchored_before=anchored_before,
        attributive=attributive,
        moves_context=moves_context,
        anchored=anchored,
        anchor_elsewhere=anchor_elsewhere,
        appositive=appositive,
        anchor_noun=anchor_noun,
    )


# --- resolution ------------------------------------------------------------------------


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@dataclass
class _Context:
    year: int | None = None
    month: int | None = None
    day: int | None = None


# How far past the reference date a day without a year may fall and still be in its year.
_AHEAD_OF_REFERENCE = 7


class DateResolver:
    """Resolve mentions in document order; keeps the running context between calls."""

    def __init__(self, reference: date | None, *, written_on: bool = True) -> None:
        self.reference = reference
        # False when the reference is only the latest day the text names, not the day it
        # was written: a later day in it is then no slip of context.
        self.written_on = written_on
        self.context = _Context()

    # The context a month or day without a year falls into.
    def _year_for(self, month: int, day: int | None, mention: DateMention) -> int | None:
        ref = self.reference
        if mention.year_from == "ref" and ref is not None:
            return ref.year + mention.year_shift
        if mention.year_from == "latest" and ref is not None:
            return ref.year if (month, day or 1) <= (ref.month, ref.day) else ref.year - 1
        if mention.year_from == "last" and ref is not None:
            return ref.year if month < ref.month else ref.year - 1
        ctx = self.context
        if mention.year_from == "ctx" and ctx.year is not None:
            return ctx.year + mention.year_shift
        if ctx.year is not None:
            year = ctx.year
            # A date far after the document's own is a slip of context, not a plan: a hearing
            # "scheduled for 12 February" is weeks ahead, not most of a year.
            if (
                self.written_on
                and ref is not None
                and date(year, month, min(day or 1, 28)) > ref + timedelta(days=62)
            ):
                return year - 1
            # A chronology that runs over New Year: "In December 2018 … On 14 January …".
            if (
                ctx.month is not None
                and month < ctx.month
                and not mention.since
                and ref is not None
                and date(year + 1, month, day or 1) <= ref
            ):
                year += 1
            return year
        if ref is None:
            return None
        year = ref.year
        # A few days past the document's date is an update or a slip of the date, not most
        # of a year back ("Posted 17 November … UPDATE, 18 November: …").
        if date(year, month, min(day or 1, 28)) > ref + timedelta(days=_AHEAD_OF_REFERENCE):
            year -= 1
        return year

    def _set(self, year: int, month: int | None = None, day: int | None = None) -> None:
        self.context = _Context(year, month, day)

    def resolve(self, mention: DateMention, *, update_context: bool = True) -> FuzzyDate | None:
        saved = self.context
        result = self._resolve(mention)
        if not update_context:
            self.context = saved
        return result

    def _resolve(self, m: DateMention) -> FuzzyDate | None:  # noqa: C901
        try:
            if m.kind in {"absolute", "range"}:
                return self._absolute(m)
            if m.kind == "dom":
                return self._day_of_month(m)
            if m.kind == "season":
                return self._season(m)
            if m.kind == "ref":
                return self._relative(
                    m, self.reference, (None if self.reference is None else "day")
                )
            if m.kind == "ctx":
                return self._from_context(m)
        except ValueError:
            return None
        return None

    def _absolute(self, m: DateMention) -> FuzzyDate | None:
        year = m.year
        if m.month is None:
            if year is None:
                return None
            self._set(year)
            return FuzzyDate.year(year)
        if year is None:
            year = self._year_for(m.month, m.day, m)
            if year is None:
                return None
        if m.day is None and m.nth and m.weekday is not None:
            days = [
                d
                for d in range(1, calendar.monthrange(year, m.month)[1] + 1)
                if date(year, m.month, d).weekday() == m.weekday
            ]
            day = days[m.nth - 1 if m.nth > 0 else -1]
            self._set(year, m.month, day)
            return FuzzyDate.day(year, m.month, day)
        if m.day is None:
            self._set(year, m.month)
            return FuzzyDate.month(year, m.month)
        if m.kind == "range" and m.end_day is not None:
            self._set(year, m.month, m.day)
            return FuzzyDate.between(
                FuzzyDate.day(year, m.month, m.day), FuzzyDate.day(year, m.month, m.end_day)
            )
        self._set(year, m.month, m.day)
        return FuzzyDate.day(year, m.month, m.day)

    def _day_of_month(self, m: DateMention) -> FuzzyDate | None:
        """ "On the 14th": that day of the running month, or of the reference month."""
        ctx, ref = self.context, self.reference
        if m.year_from == "ref" and ref is not None:
            year, month = ref.year, ref.month
        elif ctx.year is not None and ctx.month is not None:
            year, month = ctx.year, ctx.month
            # The story moves on: "on the 14th" after 28 April is 14 May, when that day is
            # not yet past the document's date.
            if ctx.day is not None and m.day is not None and m.day < ctx.day:
                after_y, after_m = _add_months(year, month, 1)
                if ref is not None and date(after_y, after_m, min(m.day, 28)) <= ref:
                    year, month = after_y, after_m
        elif ref is not None:
            year, month = ref.year, ref.month
        else:
            return None
        if m.day is None or m.day > calendar.monthrange(year, month)[1]:
            return None
        self._set(year, month, m.day)
        return FuzzyDate.day(year, month, m.day)

    def _season(self, m: DateMention) -> FuzzyDate | None:
        if m.month is None or m.end_month is None:
            return None
        year = m.year
        if year is None:
            ref = self.reference
            if m.year_from == "ref" and ref is not None:
                year = ref.year + m.year_shift
            elif m.year_from == "last" and ref is not None:
                # The last such season wholly or partly before the document's day.
                year = ref.year if m.month < ref.month else ref.year - 1
                if m.month > m.end_month:  # winter: named by the year it ends in
                    year += 1
            elif self.context.year is not None:
                year = self.context.year + (m.year_shift if m.year_from == "ctx" else 0)
            elif self.reference is not None:
                year = self.reference.year
            else:
                return None
        first_year = year - 1 if m.month > m.end_month else year
        self._set(year)
        return FuzzyDate.between(
            FuzzyDate.month(first_year, m.month), FuzzyDate.month(year, m.end_month)
        )

    def _relative(self, m: DateMention, base: date | None, _: str | None) -> FuzzyDate | None:
        if base is None:
            return None
        if m.unit == "weekday" and m.weekday is not None:
            back = (base.weekday() - m.weekday) % 7
            if back == 0 and m.amount < 0:
                back = 7
            day = base - timedelta(days=back)
            self._set(day.year, day.month, day.day)
            return FuzzyDate.day(day.year, day.month, day.day)
        value = self._shift(base, m.unit or "day", m.amount, Precision.DAY)
        if m.unit == "year" and m.end_month is not None:
            # "Late last year": a chronology goes on from its last months ("… and in March").
            self._set(base.year + m.amount, m.end_month)
        return value

    def _shift(self, base: date, unit: str, amount: int, precision: Precision) -> FuzzyDate:
        if unit in {"day", "week", "fortnight"} and precision is Precision.DAY:
            day = base + timedelta(days=amount * {"day": 1, "week": 7, "fortnight": 14}[unit])
            self._set(day.year, day.month, day.day)
            return FuzzyDate.day(day.year, day.month, day.day)
        if unit in {"day", "week", "fortnight", "month"} and precision is not Precision.YEAR:
            months = amount if unit == "month" else 0
            year, month = _add_months(base.year, base.month, months)
            self._set(year, month)
            return FuzzyDate.month(year, month)
        year = base.year + (amount if unit == "year" else 0)
        self._set(year)
        return FuzzyDate.year(year)

    def _from_context(self, m: DateMention) -> FuzzyDate | None:
        ctx = self.context
        if ctx.year is None:
            return None
        if ctx.month is None:
            precision = Precision.YEAR
        elif ctx.day is None:
            precision = Precision.MONTH
        else:
            precision = Precision.DAY
        base = date(ctx.year, ctx.month or 1, ctx.day or 1)
        if m.unit == "weekday":
            if precision is not Precision.DAY or m.weekday is None:
                return None  # "the following Monday" after a month names no day
            day = base + timedelta(days=(m.weekday - base.weekday() - 1) % 7 + 1)
            self._set(day.year, day.month, day.day)
            return FuzzyDate.day(day.year, day.month, day.day)
        unit = m.unit or "day"
        if unit == "year":
            precision = Precision.YEAR
        elif unit == "month" and precision is Precision.DAY:
            precision = Precision.MONTH
        value = self._shift(base, unit, m.amount, precision)
        if m.amount == 0 and unit in {"month", "year"}:
            # "The same month" widens the date it names, not the running day: "the following
            # Monday" after it still counts from that day.
            self.context = ctx
        return value


# --- the document's own date -------------------------------------------------------------

# What may stand before the date on a dateline: a place or a label ending in a comma or a
# colon ("Almaty,", "Date of report:", «г. Алматы,»), or a publishing verb.
_DATELINE_PREFIX = re.compile(
    r"^(?:(?:[^\s,:;.!?]+(?:\s+[^\s,:;.!?]+){0,5}\s*[,:—–·|-]\s*){1,2}|[^:;.!?·|]{1,60}[·|]|(?:published|posted|updated|dated|date|"
    r"issued|released|written|sent|compiled|prepared|pronounced|delivered|announced|signed|"
    r"опубликовано|обновлено|составлено|подготовлено|оглашено|вынесено|подписано|дата)(?:\s+on)?|[^\s,:;.!?]+(?:\s+[^\s,:;.!?]+){0,4},?\s+(?:published|updated)(?:\s+on)?|"
    r"г\.\s*[^\s,]+,|visit\s+date:?|date\s+of\s+\w+:?)?"
    r"(?:\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?\s*$",
    re.IGNORECASE,
)


# "Posted on 14 April 2026 by Olga Mironenko": a byline may follow the date.
# "…, 16 April 2026, 11:00": the hour after a dateline.
_CLOCK_TIME = re.compile(
    r"^[,—–|·-]?\s*(?:at\s+|в\s+|с\s+|from\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|h))?"
    r"(?:\s*(?:до|to|-|–|—)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|h))?)?$"
    # "4 марта 2026 г., Барнаул": the place after the date
    r"|^,\s*(?:г\.\s*)?[A-ZА-ЯЁ][\w-]+(?:[\s-][A-ZА-ЯЁ][\w-]+)?$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|от|автор:?)\s+[A-ZА-ЯЁ][\w.'-]*(?:\s+[A-ZА-ЯЁ][\w.'-]*){0,3}$")


# A news item's dateline: a place in capitals or a capitalised place, the date, then a dash
# or a full stop and the story ("Жезказган, 3 марта 2023 года. В среду …").
_NEWS_DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][\w.'-]*(?:\s+[A-ZА-ЯЁ][\w.'-]*){0,2},"
    r"(?:\s*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|"
    r"среда|четверг|пятница|суббота|воскресенье),?)?$"
)
# "ALMATY, May 4, 2026 (SteppeWire) - Police …": an agency's name may stand before the dash.
_NEWS_DATELINE_END = re.compile(r"^(?:\([^()\n]{1,40}\)\s*)?[—–.-]\s*\S")


def _line_around(text: str, mention: DateMention) -> tuple[str, str]:
    """The words before a date on its line (without markup) and the text after it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    return text[line_start : mention.start].strip(" *_#"), text[mention.end : line_end]


def find_document_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date the document gives itself: a full date alone on a line near the top or the
    bottom, perhaps after a place or a label ("29 January 2019", "Almaty, 29.01.2019",
    "Published: 5 March 2020", «Дата: 29 января 2019 г.»)."""
    head = min(len(text), 600)
    tail = max(0, len(text) - 400)
    for mention in mentions:
        if mention.kind != "absolute" or None in (mention.day, mention.month, mention.year):
            continue
        if not (mention.start < head or mention.start >= tail):
            continue
        prefix, raw_suffix = _line_around(text, mention)
        suffix = raw_suffix.strip(" .*_")
        if (
            mention.start < head
            and _NEWS_DATELINE.match(prefix)
            and _NEWS_DATELINE_END.match(raw_suffix.lstrip())
        ):
            return mention  # "KOSTANAY, 26 October 2023 — A blogger …"
        if (suffix and not _BYLINE.match(suffix) and not _CLOCK_TIME.match(suffix)) or (
            not _DATELINE_PREFIX.match(prefix)
        ):
            continue
        return mention
    return None


_WEEKDAY_WORDS = tuple(zip(EN_WEEKDAYS, RU_WEEKDAYS, strict=True))


def find_yearless_dateline(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A heading's day and month without a year ("четверг, 19 февраля" over a post): the
    year is the one, among those the text names and their neighbours, whose calendar puts
    that day on the weekday given; without a weekday, the latest year the text names."""
    years = {m.year for m in mentions if m.year}
    if not years:
        return None
    for mention in mentions:
        if mention.start >= 300:
            break
        if mention.kind != "absolute" or mention.year or not (mention.day and mention.month):
            continue
        prefix, raw_suffix = _line_around(text, mention)
        suffix = raw_suffix.strip(" .*_")
        if (suffix and not _CLOCK_TIME.match(suffix)) or not _DATELINE_PREFIX.match(prefix):
            continue
        weekday = next(
            (
                i
                for i, words in enumerate(_WEEKDAY_WORDS)
                if any(w in prefix.lower() for w in words)
            ),
            None,
        )
        candidates = sorted({y + d for y in years for d in (-1, 0, 1)}, reverse=True)
        if weekday is None:
            chosen: int | None = max(years)
        else:
            chosen = next(
                (
                    y
                    for y in candidates
                    if mention.day <= calendar.monthrange(y, mention.month)[1]
                    and date(y, mention.month, mention.day).weekday() == weekday
                ),
                None,
            )
        if chosen is None:
            return None
        return replace(mention, year=chosen)
    return None


def resolve_all(
    mentions: list[DateMention],
    reference: date | None,
    skip: DateMention | None = None,
    *,
    written_on: bool = True,
) -> list[tuple[DateMention, FuzzyDate]]:
    """Resolve every mention in order; ``skip`` (the dateline) does not move the context.

    ``written_on`` is False when ``reference`` is not the document's date but the latest day
    it names."""
    resolver = DateResolver(reference, written_on=written_on)
    out: list[tuple[DateMention, FuzzyDate]] = []
    anchors: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in anchors:
            # The date an earlier "three days after …" counted from: it dates that other
            # thing, not an act, but it still moves the context.
            resolver.resolve(mention)
            continue
        if mention.appositive or mention.attributive:
            continue
        if mention.forward and mention.anchored:
            base = resolver.resolve(mentions[index + 1], update_context=True)
            if base is not None:
                if not mention.anchor_elsewhere:
                    anchors.add(index + 1)
                value = resolver.resolve(mention)
                if value is not None:
                    out.append((mention, value))
                continue
        if mention.forward and mention.anchored_before:
            # Counts back from the day just named, which stays the running date.
            value = resolver.resolve(replace(mention, amount=-mention.amount), update_context=False)
            if value is not None:
                out.append((mention, value))
            continue
        if mention.forward and not mention.anchor_noun:
            # "two days after she spoke": counts from a happening this text does not date.
            continue
        # "A week after the searches", «через неделю после обыска», "on the eve of the
        # hearing": the named happening is, in a chronology, the one the text is on.
        value = resolver.resolve(
            mention, update_context=mention is not skip and mention.moves_context
        )
        if value is not None:
            out.append((mention, value))
            if mention.post_header and value.precision is Precision.DAY and value.start:
                resolver.reference = value.start  # the post's "today"
    return out
