"""A draft public statement in Markdown, written from a case's records through a Redactor.

Only publishable records (public or internal) are used; every person and place goes
through the redactor, and every piece of free text (titles, descriptions, source titles)
is scrubbed of names that may not appear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from casevault.lib.fuzzydate import FuzzyDate
from casevault.publish.consent import PUBLISHABLE, Redactor, publishable_acts
from casevault.publish.phrasing import when
from casevault.publish.texts import EN_ACT_PHRASES, t, t_list
from casevault.records.models import (
    Act,
    ActInvolvement,
    Case,
    Event,
    Information,
    Organisation,
    Person,
    Source,
)
from casevault.records.selectors import chronological


@dataclass
class CaseFacts:
    """The publishable records of one case, fetched in a handful of queries."""

    case: Case
    events: list[Event]
    acts: dict[Any, list[Act]]
    involvements: dict[Any, list[ActInvolvement]]
    sources: dict[Any, list[Source]]  # by event id

    @classmethod
    def load(cls, case: Case) -> CaseFacts:
        events = list(
            chronological(
                Event.objects.filter(cases=case, confidentiality__in=PUBLISHABLE)
            ).select_related("place__parent__parent__parent")
        )
        acts: dict[Any, list[Act]] = {}
        act_list = list(
            publishable_acts(case)
            .select_related("act_type", "victim", "victim_status")
            .order_by("created_at")
        )
        for act in act_list:
            acts.setdefault(act.event_id, []).append(act)
        involvements: dict[Any, list[ActInvolvement]] = {}
        for inv in ActInvolvement.objects.filter(
            act__in=[a.pk for a in act_list], confidentiality__in=PUBLISHABLE
        ).select_related("perpetrator_person", "perpetrator_org", "perpetrator_type", "degree"):
            involvements.setdefault(inv.act_id, []).append(inv)
        act_event = {a.pk: a.event_id for a in act_list}
        sources: dict[Any, list[Source]] = {}
        infos = Information.objects.filter(
            confidentiality__in=PUBLISHABLE,
            source__confidentiality__in=PUBLISHABLE,
        ).select_related("source__source_type", "source__author_person")
        event_ids = {e.pk for e in events}
        for info in infos.filter(event_id__in=event_ids) | infos.filter(act_id__in=act_event):
            event_id = info.event_id if info.event_id in event_ids else act_event.get(info.act_id)
            if event_id is None:
                continue
            bucket = sources.setdefault(event_id, [])
            if all(s.pk != info.source.pk for s in bucket):
                bucket.append(info.source)
        return cls(case=case, events=events, acts=acts, involvements=involvements, sources=sources)

    def victims(self) -> list[Person]:
        seen: dict[Any, Person] = {}
        for acts in self.acts.values():
            for act in acts:
                if act.victim is not None:
                    seen.setdefault(act.victim.pk, act.victim)
        return list(seen.values())


def join(items: list[str], lang: str) -> str:
    items = list(dict.fromkeys(i for i in items if i))
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t(lang, 'and')} {items[-1]}"


def org_name(org: Organisation, lang: str) -> str | None:
    if org.confidentiality not in PUBLISHABLE:
        return None
    if lang.startswith("ru"):
        for alt in org.alt_names or []:
            if isinstance(alt, str) and any("\u0400" <= ch <= "\u04ff" for ch in alt):
                return alt
    return org.name


def perpetrator_text(inv: ActInvolvement, redactor: Redactor) -> str:
    """A perpetrator by name (if allowed), else by organisation, else by function."""
    lang = redactor.lang
    if inv.perpetrator_person is not None:
        who = redactor.person(inv.perpetrator_person)
    elif inv.perpetrator_org is not None:
        who = org_name(inv.perpetrator_org, lang) or ""
    else:
        who = ""
    if not who and inv.perpetrator_type is not None:
        who = inv.perpetrator_type.label(lang).lower()
    if who and inv.degree_id != "involvement_degree:carried_out":
        who = f"{who} ({inv.degree.label(lang).lower()})"
    return who


def act_sentence(act: Act, facts: CaseFacts, redactor: Redactor) -> str:
    lang = redactor.lang
    victim = redactor.person(act.victim) if act.victim else t(lang, "unknown_victim")
    perps = join([perpetrator_text(i, redactor) for i in facts.involvements.get(act.pk, [])], lang)
    code = act.act_type.code
    if lang.startswith("ru"):
        text = f"{act.act_type.label(lang)}: {victim}"
        return f"{text}; {t(lang, 'by')} {perps}" if perps else text
    phrase = EN_ACT_PHRASES.get(code)
    text = f"{victim} {phrase}" if phrase else f"{victim}: {act.act_type.label(lang).lower()}"
    return f"{text} ({t(lang, 'by')} {perps})" if perps else text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def chronology(facts: CaseFacts, redactor: Redactor, footnotes: dict[Any, str]) -> list[str]:
    """One paragraph per event, in date order, each citing its sources."""
    lang = redactor.lang
    paragraphs = []
    for event in facts.events:
        opening = when(event.date, lang)
        place = redactor.place(event.place)
        title = redactor.scrub(event.title).rstrip(".")
        sentence = f"{opening}: {title}" + (f" ({place})" if place else "") + "."
        acts = [act_sentence(a, facts, redactor) for a in facts.acts.get(event.pk, [])]
        if acts:
            sentence += " " + "; ".join(_capital(a) for a in acts) + "."
        if event.description:
            sentence += " " + redactor.scrub(event.description.strip())
        refs = []
        for source in facts.sources.get(event.pk, []):
            if source.pk not in footnotes:
                footnotes[source.pk] = f"s{len(footnotes) + 1}"
            refs.append(f"[^{footnotes[source.pk]}]")
        paragraphs.append(sentence + "".join(refs))
    return paragraphs


def source_note(source: Source, redactor: Redactor) -> str:
    lang = redactor.lang
    parts = [source.source_type.label(lang)]
    if source.author_person is not None and redactor.may_name(source.author_person):
        parts.append(redactor.person(source.author_person))
    parts.append(f"*{redactor.scrub(source.title)}*")
    if not source.date.is_unknown:
        parts.append(source.date.display(lang))
    if source.url:
        parts.append(source.url)
    return ", ".join(parts) + "."


def footnote_block(facts: CaseFacts, redactor: Redactor, footnotes: dict[Any, str]) -> list[str]:
    by_id = {s.pk: s for bucket in facts.sources.values() for s in bucket}
    return [f"[^{ref}]: {source_note(by_id[pk], redactor)}" for pk, ref in footnotes.items()]


def _span(events: Iterable[Event]) -> FuzzyDate | None:
    dated = [e.date for e in events if e.date.start is not None and e.date.end is not None]
    if not dated:
        return None
    first = min(dated, key=lambda d: d.start or date.max)
    last = max(dated, key=lambda d: d.end or date.min)
    return FuzzyDate.between(first, last)


def statement_date(on: date, lang: str) -> str:
    text = when(FuzzyDate.day(on.year, on.month, on.day), lang)
    return text.removeprefix("On ")


def named_victims(facts: CaseFacts, redactor: Redactor) -> str:
    """The victims who may be named, and "others" for the rest."""
    victims = facts.victims()
    named = [redactor.person(v) for v in victims if redactor.may_name(v)]
    if len(named) < len(victims):
        named.append(t(redactor.lang, "others"))
    return join(named, redactor.lang)


def compose_statement(
    case: Case, redactor: Redactor, *, reference: str, on: date
) -> tuple[str, str]:
    """(title, Markdown body) of a draft statement about ``case``."""
    lang = redactor.lang
    facts = CaseFacts.load(case)
    title = redactor.scrub(case.title)
    victims = named_victims(facts, redactor)
    span = _span(facts.events)
    if span and victims:
        opening = t(lang, "opening").format(
            victims=victims, when=when(span, lang), events=len(facts.events)
        )
    else:
        opening = t(lang, "opening_empty")
    footnotes: dict[Any, str] = {}
    lines = [
        f"# {title}",
        "",
        f"**{reference}** · {statement_date(on, lang)}",
        "",
        opening,
        "",
        f"## {t(lang, 'chronology')}",
        "",
    ]
    for paragraph in chronology(facts, redactor, footnotes):
        lines += [paragraph, ""]
    if case.summary.strip():
        lines += [f"## {t(lang, 'background')}", "", redactor.scrub(case.summary.strip()), ""]
    lines += [f"## {t(lang, 'demands')}", ""]
    for i, demand in enumerate(t_list(lang, "demand_list"), 1):
        lines.append(f"{i}. {demand.format(victims=victims or '—')}")
    lines.append("")
    if any(not redactor.may_name(a.person) for a in redactor.appearances.values()):
        lines += [f"*{t(lang, 'note_on_names')}*", ""]
    lines += footnote_block(facts, redactor, footnotes)
    return title, "\n".join(lines).rstrip() + "\n"
