"""The extraction pipeline: document text in, the documented JSON contract out.

read → normalise → language → sentences → dates → entities → acts → draft events.
Every stage is a pure function of its input; nothing here touches a database. Offsets in
the output are offsets into the *normalised* text (``readers.normalise_text``), which is
what ``extract_text`` works on.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from casevault.lib.fuzzydate import FuzzyDate

from .acts import find_acts
from .dates import DateMention, find_dates, find_document_date, find_yearless_dateline, resolve_all
from .drafts import SentenceFacts, build_events
from .entities import EntityMention, find_entities, group_people
from .language import detect_language
from .readers import ReadError, normalise_text, read_file
from .sentences import Sentence, split_sentences

__all__ = ["ReadError", "extract_file", "extract_many", "extract_text", "render_text"]

LANGUAGES = {"auto", "en", "ru", "kk"}

_REFERENCE = re.compile(
    r"(?:\b(?:Ref(?:erence)?\.?\s*(?:No\.?)?|Our\s+ref\.?|Outgoing\s+No\.?)|Исх\.\s*№|№)\s*:?\s*"
    r"(?P<ref>[\w][\w/.\-]*\d[\w/.\-]*)",
    re.IGNORECASE,
)
_PRONOUN = {
    "en": re.compile(r"\b(?:she|her|he|him|his|they|them)\b", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![а-яё])(?:она|её|ее|ей|ней|него|нее|неё|он|его|ему|нему|им|они|их)(?![а-яё])",
        re.IGNORECASE,
    ),
}
_AGENTS = {
    "en": re.compile(
        r"\b(?:police(?:\s+officers?|men|women)?|prison\s+(?:officers?|guards?|staff|service)|guards|"
        r"(?:unknown|masked|unidentified|plain-?clothes)\s+(?:men|assailants|attackers|people|officers|persons)|"
        r"investigators?|security\s+services?|national\s+security\s+committee|prosecutors?|"
        r"(?:the\s+)?court|officers)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![а-яё])(?:сотрудник\w*\s+(?:полиции|колонии|сизо|ивс|кнб|учреждения|дуис|администрации)|"
        r"полицейск\w+|неизвестн\w+|следовател\w*|конвоир\w*|надзирател\w*|охранник\w*|"
        r"прокуратур\w*|кнб|дуис|администраци\w+\s+колонии|суд(?:ом|а|ья|ьи)?)(?![а-яё])",
        re.IGNORECASE,
    ),
}


# The person a statement comes from is a source, not a victim: "according to his wife,
# Saule …", «по словам её сына Алмаса …», «сообщила его супруга Альмира …».
# The lawyer kept from a client is not the one the act is done to: "Lawyer X was not let in
# to see him", «адвоката Y к нему не пустили».
_COUNSEL = re.compile(
    r"(?:\b(?:lawyer|counsel|advocate|attorney|defender)s?|(?<![а-яё])(?:адвокат|защитник)\w*)"
    r"\s+$",
    re.IGNORECASE,
)
_COUNSEL_ACTS = {"denial_of_legal_counsel"}

# "His wife, Dinara Abdikerimova, says he …", «Меруерт Жексенбаева рассказала, что …»: the
# person who tells is not the one the act was done to.
_SOURCE_AFTER = re.compile(
    r",?\s+(?:says|said|told|tells|writes|wrote|recalls|recalled|"
    r"(?:сообщил|рассказал|заявил|пояснил|написал|вспоминает|говорит|пишет)\w*)(?![\w-])",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"(?:\baccording\s+to|\bsaid|(?<![а-яё])по\s+словам|(?<![а-яё])со\s+слов|"
    r"(?<![а-яё])(?:сообщил|рассказал|заявил|пояснил)\w*)\s+(?:[\w,-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _latest_full_date(mentions: list[DateMention]) -> date | None:
    """With no reference date and no dateline, the latest date written in the text with its
    year: a full date, or the last day of a month ("апрель 2026 г." under a chronology).

    A document is not older than the latest day it names (a hearing "scheduled for" a
    later day is rarer than an undated letter), so relative dates still get a year.
    """
    days = []
    for mention in mentions:
        if mention.kind != "absolute" or not (mention.year and mention.month):
            continue
        day = mention.day or calendar.monthrange(mention.year, mention.month)[1]
        try:
            days.append(date(mention.year, mention.month, day))
        except ValueError:
            continue
    return max(days, default=None)


# A report passed on ("chats say", «пишут, что») and called untrue by the next sentence.
_HEARSAY = re.compile(
    r"(?i)^\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:[\w-]+\s+){0,3}?(?:пишут|говорят|сообщают|утверждают|ходят\s+слухи|"
    r"(?:people|chats|channels|posts|some)\s+(?:say|claim|write|report)|it\s+is\s+(?:said|rumou?red)|"
    r"there\s+are\s+rumou?rs)\b"
)
_DENIAL_SENTENCE = re.compile(
    r"(?i)^\W*(?:это|that|this|it)\s+(?:не\s+так|неправда|не\s+соответствует\s+действительности|"
    r"ложь|фейк|is\s+not\s+(?:so|true)|is\s+untrue|is\s+false|isn['’]t\s+(?:so|true))\W*$"
)


def _denied_next(sentence: Sentence, following: Sentence | None) -> bool:
    return (
        following is not None
        and bool(_HEARSAY.search(sentence.text))
        and bool(_DENIAL_SENTENCE.match(following.text))
    )


def _year_of_title(text: str, mentions: list[DateMention]) -> date | None:
    """With no day anywhere, the year a title names ("My year, 2025", «Итоги 2025 года»):
    the text looks back on that year, so its "today" is taken as the year's last day."""
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))
    title_end = len(text) if first_line_end < 0 else first_line_end
    for mention in mentions:
        if mention.start >= title_end:
            break
        if mention.kind == "absolute" and mention.year and mention.month is None:
            return date(mention.year, 12, 31)
    return None


# A date told in testimony or in an "after …" clause that goes back in time is a flashback:
# "Session of 21 April … Beisenov testified that after his detention on 2 October …", «…
# заявила суду, что 6 мая …». It moves the running date (the testimony goes on there), but
# what happens in the courtroom next without a date (the prosecutor's speech) is still on
# the day of the session: the frame date.
_FLASHBACK_CUE = re.compile(
    r"\b(?:testif(?:y|ied|ies)|told\s+the\s+(?:court|judge|hearing)|said|says|stated|claimed|"
    r"alleged|complained|recalled)\b[^.;]*?\bthat\b|\b(?:after|before)\s+(?:she|he|they|we|i)\b|"
    r"(?<![а-яё])(?:заявил|рассказал|показал|пояснил|сообщил|сказал|утвержда|вспомина)\w*"
    r"(?:\s+\w+)?,?\s+что(?![а-яё])|(?<![а-яё])(?:после|до)\s+того,?\s+как(?![а-яё])",
    re.IGNORECASE,
)


def _is_flashback(
    text: str, sentence_start: int, mention: DateMention, when: FuzzyDate, running: FuzzyDate | None
) -> bool:
    if running is None or when.end is None or running.start is None or when.end >= running.start:
        return False
    return bool(_FLASHBACK_CUE.search(text[sentence_start : mention.start]))


def _document_reference(text: str) -> str | None:
    match = _REFERENCE.search(text[:600])
    return match.group("ref") if match else None


def _agents(sentence: str, lang: str) -> list[str]:
    found: list[str] = []
    for match in _AGENTS["ru" if lang in {"ru", "kk"} else "en"].finditer(sentence):
        agent = " ".join(match.group(0).lower().split())
        if agent not in found:
            found.append(agent)
    return found


def extract_text(
    text: str,
    lang: str = "auto",
    reference_date: date | None = None,
    *,
    title: str | None = None,
) -> dict[str, Any]:
    """Extract draft events and entities from one document's text.

    ``lang`` is "auto", "en", "ru" or "kk" (Kazakh is detected and reported; it is
    processed with the Russian rules). ``reference_date``, when given, wins over the date
    the document gives itself for resolving relative dates ("last year", «в пятницу»).
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use auto, en, ru or kk")
    text = normalise_text(text)
    language = detect_language(text) if lang == "auto" else lang
    work_lang = "en" if language in {"en", "und"} else "ru"
    sentences = split_sentences(text)

    mentions = find_dates(text, work_lang)
    dateline = find_document_date(text, mentions)
    if dateline is None:
        headed = find_yearless_dateline(text, mentions)
        if headed is not None:
            mentions = [headed if m.start == headed.start else m for m in mentions]
            dateline = headed
    doc_date = None
    if dateline is not None and dateline.year and dateline.month and dateline.day:
        doc_date = date(dateline.year, dateline.month, dateline.day)
    reference = (
        reference_date or doc_date or _latest_full_date(mentions) or _year_of_title(text, mentions)
    )
    # Dates of sayings ("told reporters on Thursday") neither date facts nor move the context.
    mentions = [m for m in mentions if not m.reporting or m is dateline]
    written_on = bool(reference_date or doc_date)
    resolved = [
        (m, d)
        for m, d in resolve_all(mentions, reference, dateline, written_on=written_on)
        if m is not dateline
    ]

    entity_mentions = find_entities(text, work_lang)
    people, person_of = group_people(entity_mentions)
    person_name = {p.key: p.name for p in people}
    official_keys = {p.key for p in people if p.official}

    all_facts: list[SentenceFacts] = []
    date_index = 0
    context: FuzzyDate | None = None
    frame: FuzzyDate | None = None
    last_victims: list[str] = []
    sentence_of_date: dict[int, int] = {}
    for sentence in sentences:
        for dated, _ in resolved:
            if sentence.start <= dated.start < sentence.end:
                sentence_of_date[dated.start] = sentence.start
    for number, sentence in enumerate(sentences):
        if frame is None and doc_date and dateline and sentence.start > dateline.start:
            # Courtroom notes under a dated heading: what the court does there is of that day.
            frame = FuzzyDate.day(doc_date.year, doc_date.month, doc_date.day)
        while date_index < len(resolved) and resolved[date_index][0].start < sentence.start:
            dated, when = resolved[date_index]
            # An earlier day told in passing does not move the running date.
            if not dated.anchored_before:
                if not _is_flashback(
                    text, sentence_of_date.get(dated.start, dated.start), dated, when, frame
                ):
                    frame = when
                context = when
            date_index += 1
        inside = [
            (m.start, m.end, d) for m, d in resolved if sentence.start <= m.start < sentence.end
        ]
        in_sentence = [m for m in entity_mentions if sentence.start <= m.start < sentence.end]
        victims: list[str] = []
        perpetrators: list[str] = []
        places: list[str] = []
        for mention in in_sentence:
            if mention.kind == "person":
                key = person_of.get(mention.start)
                if (
                    key is None
                    or _SOURCE.search(text[max(0, mention.start - 40) : mention.start])
                    or _SOURCE_AFTER.match(text, mention.end)
                ):
                    continue
                name = person_name[key]
                target = perpetrators if (mention.official or key in official_keys) else victims
                if name not in target:
                    target.append(name)
            elif mention.kind == "organization":
                if mention.name not in perpetrators:
                    perpetrators.append(mention.name)
            elif mention.name not in places:
                places.append(mention.name)
        acts = find_acts(sentence.text, work_lang)
        following = sentences[number + 1] if number + 1 < len(sentences) else None
        if acts and _denied_next(sentence, following):
            acts = []  # "Chats say his wife was detained. That is not so."
        if acts and all(a.code in _COUNSEL_ACTS for a in acts):
            counsel = {
                person_name[person_of[m.start]]
                for m in in_sentence
                if m.kind == "person"
                and m.start in person_of
                and _COUNSEL.search(text[max(0, m.start - 20) : m.start])
            }
            victims = [v for v in victims if v not in counsel]
        if acts:
            for agent in _agents(sentence.text, work_lang):
                if not any(agent in p.lower() for p in perpetrators):
                    perpetrators.append(agent)
            if not victims and _PRONOUN[work_lang].search(sentence.text):
                victims = list(last_victims)
        if victims and acts:
            last_victims = victims
        all_facts.append(
            SentenceFacts(sentence, acts, inside, victims, perpetrators, places, context, frame)
        )

    events = build_events(all_facts)
    if title is None:
        first = sentences[0].text if sentences else ""
        title = first.lstrip("#").strip() if 0 < len(first) <= 200 else None
    document_date = reference_date or doc_date
    return {
        "document": {
            "language": language,
            "title": title,
            "date": document_date.isoformat() if document_date else None,
            "reference": _document_reference(text),
        },
        "events": [event.to_dict(text) for event in events],
        "entities": {
            "persons": [{"name": p.name, "key": p.key, "mentions": p.mentions} for p in people],
            "organizations": _unique(m for m in entity_mentions if m.kind == "organization"),
            "places": _unique(m for m in entity_mentions if m.kind == "place"),
        },
    }


def _unique(mentions: Iterable[EntityMention]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    return [{"name": name, "mentions": n} for name, n in counts.items()]


def extract_file(
    path: str | Path, lang: str = "auto", reference_date: date | None = None
) -> dict[str, Any]:
    """Read and extract one file; raises ``ReadError`` (one-line message) if unreadable."""
    document = read_file(path)
    result = extract_text(document.text, lang, reference_date, title=document.title)
    result["document"]["format"] = document.format
    result["document"]["path"] = str(path)
    return result


def extract_many(
    paths: Iterable[str | Path], lang: str = "auto", reference_date: date | None = None
) -> Iterator[tuple[Path, dict[str, Any] | ReadError]]:
    """Extract several files; an unreadable one yields its ``ReadError`` and the rest go on."""
    for path in paths:
        try:
            yield Path(path), extract_file(path, lang, reference_date)
        except ReadError as error:
            yield Path(path), error


def _date_text(value: dict[str, Any]) -> str:
    if value["precision"] == "unknown":
        return "date unknown"
    if value["start"] == value["end"]:
        return str(value["start"])
    return f"{value['start']}/{value['end']}"


def render_text(result: dict[str, Any]) -> str:
    doc = result["document"]
    lines = [
        f"{doc.get('path') or doc.get('title') or 'document'}  [{doc['language']}]"
        f"  dated {doc['date'] or 'unknown'}",
    ]
    if doc.get("title"):
        lines.append(f"  title: {doc['title']}")
    for event in result["events"]:
        lines.append(
            f"- {_date_text(event['date'])}  {', '.join(event['act_types'])}"
            f"  (confidence {event['confidence']})"
        )
        if event["victims"]:
            lines.append(f"    victims: {', '.join(event['victims'])}")
        if event["perpetrators"]:
            lines.append(f"    by: {', '.join(event['perpetrators'])}")
        for evidence in event["evidence"]:
            lines.append(f"    [{evidence['start']}:{evidence['end']}] {evidence['text']}")
    persons = result["entities"]["persons"]
    if persons:
        lines.append("people: " + "; ".join(f"{p['name']} ×{p['mentions']}" for p in persons))
    return "\n".join(lines)
