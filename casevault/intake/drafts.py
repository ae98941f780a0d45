"""Turn sentences with acts, dates and people into draft events, one per happening.

A sentence's acts take the date written nearest to them in the sentence; a sentence with
no date of its own continues the happening of the sentence before it in the same
paragraph ("On 8 October her house was searched. Police took two laptops."). Repeated
mentions of one happening (a summary, then the chronology) merge when their dates agree
and they share an act type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casevault.lib.fuzzydate import FuzzyDate, Precision

from .acts import ACT_TYPES, ActMatch
from .sentences import Sentence

__all__ = ["DraftEvent", "SentenceFacts", "build_events"]

_FINENESS = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2, Precision.UNKNOWN: -1}


@dataclass
class SentenceFacts:
    sentence: Sentence
    acts: list[ActMatch]
    dates: list[tuple[int, int, FuzzyDate]]  # (start, end) in the document, resolved date
    victims: list[str]
    perpetrators: list[str]
    places: list[str]
    context_date: FuzzyDate | None  # the running date before this sentence
    # The running date without flashbacks told in testimony: the day of the hearing.
    frame_date: FuzzyDate | None = None


@dataclass
class DraftEvent:
    date: FuzzyDate
    act_types: list[str]
    summary: str
    victims: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    paragraph: int = -1
    sentences: set[int] = field(default_factory=set)

    def to_dict(self, text: str) -> dict[str, object]:
        return {
            "date": self.date.to_dict(),
            "act_types": self.act_types,
            "summary": self.summary,
            "victims": self.victims,
            "perpetrators": self.perpetrators,
            "places": self.places,
            "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in self.evidence],
            "confidence": round(self.confidence, 2),
        }


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 240 else text[:237].rstrip() + "…"


# Between an act and a date, these mean the date belongs to something else: a clause
# boundary stronger than a comma, or a verb of saying ("Mukanov, transferred in January,
# said that he had been beaten").
_SAID_ASIDE = re.compile(
    r"(?i),\s*(?:he|she|they|i|we)\s+(?:said|says|added|claimed|told\s+(?:us|me|them))\s*,|"
    r",\s*(?:по\s+(?:его|её|ее|их)\s+словам|как\s+(?:он|она|они)\s+(?:рассказал\w*|сказал\w*))\s*,"
)
_DETACHING = re.compile(
    r";|\b(?:said|says|told|claims?|claimed|alleges?|alleged|stated|added)\b|"
    r"(?<![а-яё])(?:сказал\w*|заявил\w*|рассказал\w*|сообщил\w*|пояснил\w*|утвержда\w*)(?![а-яё])",
    re.IGNORECASE,
)


# A prosecution worded "accused of …", «подозревают в …»: the words after it name the
# alleged offence, and a date among them is when that is said to have happened.
_OFFENCE_FOLLOWS = re.compile(r"(?:\b(?:of|with)|(?<![а-яё])в)\s*$", re.IGNORECASE)


_COUNTS_FROM = re.compile(
    r"(?:\b(?:after|before|eve\s+of)|(?<![а-яё])(?:после|до|накануне))\s*$", re.IGNORECASE
)

# An act named as what a span of time counts from: "a week before the attack", «на
# следующий день после обыска», "on the eve of the hearing".
_COUNTED_FROM = re.compile(
    r"(?:\b(?:days?|weeks?|months?|fortnight)\s+(?:after|before)|\beve\s+of|"
    r"(?<![а-яё])(?:дн[яей]+|день|сутки|суток|недел[юиь]|месяц[а]?)\s+(?:после|до)|"
    r"(?<![а-яё])накануне)\s+(?:[a-zа-яё'’-]+\s+){0,2}$",
    re.IGNORECASE,
)

# "less than a day after his arrest" measures a gap and names no day: the arrest keeps its date.
_GAP_MEASURED = re.compile(
    r"(?:\b(?:less|more|fewer)\s+than|\bwithin|\bunder|\balmost|\bbarely|"
    r"(?<![а-яё])(?:менее|меньше|более|больше)(?:\s+чем)?)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# After the act, these mean a date that follows belongs to something later: the release
# ("driven to the police station and released the next morning"), a clause of its own
# ("charged after she spoke out in 2025", «…после того, как в 2025 году она рассказала…»).
_RELEASE = re.compile(
    r"\b(?:released|freed|let\s+go|set\s+free)\b|"
    r"(?<![а-яё])(?:отпустил\w*|отпущен\w*|освобод\w*|освобожд\w*|выпустил\w*)(?![а-яё])",
    re.IGNORECASE,
)
# A day in such a clause is most often the day of the act too ("detained after she filmed
# the rally on Tuesday"); a month or a year is not.
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:after|before)\s+(?:she|he|they|we|i|it)\b|(?<![а-яё])(?:после|до)\s+того,?\s+как(?![а-яё])",
    re.IGNORECASE,
)
# "Let in only at 11 pm", «допустили лишь на следующее утро»: the day the refusal ended.
_ONLY_THEN = re.compile(r"(?:\bonly|(?<![а-яё])(?:лишь|только))\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_AND_THEN = re.compile(
    r"^\s*(?:and|и|а)\s+(?:(?:was|were|then|later|затем|потом)\s+)?$", re.IGNORECASE
)
_REFUSALS = {"denial_of_legal_counsel", "denial_of_medical_care", "facility_access_denial"}

# Between "after"/«после» and the act it counts from: a few words, no clause boundary.
_ANCHOR_PHRASE = re.compile(r"^\s*(?:[a-zа-яё'’-]+\s+){0,2}$")

_COORDINATION = re.compile(
    r"^\s*(?:and|or|и|или)\s+(?:(?:in|on|at|в|во)\s+)?$",
    re.IGNORECASE,
)


_RELATIVE_CLAUSE = re.compile(
    r"(?i)\b(?:who|which|whose|whom)\s[^,]*$|(?<![а-яё])(?:котор\w+|где)\s[^,]*$"
)
_RELATIVE_AT_ACT = re.compile(
    r"(?i),\s+(?:who|which|whose)\s+(?:[\w'’-]+\s+){0,3}$|,\s+котор\w+\s+(?:[\w-]+\s+){0,3}$"
)
_POST_STAMP = re.compile(r"\s*\[(?:[01]?\d|2[0-3])[:.][0-5]\d\]")
_TODAY = re.compile(r"(?i)today|сегодня")
_THIS_YEAR = re.compile(r"(?i)this\s+year|(?:в\s+)?(?:этом|текущем|нынешнем)\s+году")
_OPENED_IN = re.compile(
    r"(?i)\b(?:opened|initiated|launched|instituted)\s+(?:against\s+\w+\s+)?(?:back\s+)?(?:in|on)\s+$"
    r"|(?<![а-яё])(?:возбужденн\w+|возбуждённ\w+|заведенн\w+|заведённ\w+)\s+(?:против\s+\w+\s+)?"
    r"(?:еще\s+|ещё\s+)?(?:в|во)\s+$"
)
_GAP_AFTER = re.compile(
    r"(?i)[\w-]+\s+(?:days?|weeks?|months?|hours?)\s+after|"
    r"(?:через\s+)?[\w-]+\s+(?:дн\w*|день|недел\w*|месяц\w*)\s+(?:после|спустя)"
)


# "Immediately after the search …", «Сразу после обыска …»: what follows is dated by the
# happening it follows.
_AFTER_KNOWN = re.compile(
    r"(?i)^\W*(?:immediately\s+|shortly\s+|right\s+|soon\s+|directly\s+)?after\s+the\s+"
    r"(search|raid|arrest|detention|hearing|verdict|beating|attack)\b"
    r"|^\W*(?:сразу\s+|вскоре\s+|прямо\s+)?после\s+"
    r"(обыска|задержания|ареста|заседания|приговора|избиения|нападения)(?![а-яё])"
)
_DURING_SEARCH = re.compile(
    r"(?i)\b(?:during|throughout|until|till|while)\s+the\s+(?:search|raid)\b|"
    r"(?<![а-яё])(?:во\s+время|в\s+ходе|до\s+конца|до\s+окончания)\s+обыска(?![а-яё])"
)
_AFTER_CODES = {
    "search": "search",
    "raid": "search",
    "обыска": "search",
    "arrest": "arrest",
    "ареста": "arrest",
    "detention": "detention",
    "задержания": "detention",
    "hearing": "court_hearing",
    "заседания": "court_hearing",
    "verdict": "conviction",
    "приговора": "conviction",
    "beating": "physical_assault",
    "избиения": "physical_assault",
    "attack": "physical_assault",
    "нападения": "physical_assault",
}


def _act_dates(facts: SentenceFacts, act: ActMatch) -> tuple[list[FuzzyDate], int]:
    """The dates an act belongs to, and the distance from the act to the nearest.

    Usually one date: the nearest in the sentence. Dates joined by "and" ("extended
    twice, in March and in May") each get the act.
    """
    text = facts.sentence.text
    base = facts.sentence.start
    counted = _COUNTED_FROM.search(text[: act.start])
    if counted and not _GAP_MEASURED.search(text[: counted.start()]):
        # «За неделю до нападения, 30 января, …»: the attack is what the week counts from;
        # the date after the comma is the day of what follows, not of the attack.
        return [], 0
    best: tuple[float, int] = (float("inf"), -1)
    raw = 0
    for position, (start, end, when) in enumerate(facts.dates):
        s, e = start - base, end - base
        between = text[e : act.start] if e <= act.start else text[act.end : s]
        # A date inside the sentence before "X said that…" dates something else; one that
        # opens the sentence dates the saying and what it reports, unless the report is in
        # the past perfect ("…told the court that investigators had beaten him").
        if (
            s >= act.end
            and act.code == "prosecution"
            and _OFFENCE_FOLLOWS.search(text[act.start : act.end])
        ):
            continue  # "accused of organising a rally on 24 June": the offence's date
        if act.code not in {"prosecution", "prosecution_speech"} and _OPENED_IN.search(
            text[max(0, s - 30) : s]
        ):
            continue  # "a case, opened in January over his video, was closed": the opening's
        if s >= act.end and _TERM_END.search(text[max(0, s - 12) : s]):
            continue  # "extended his detention until 20 May": the end of a term, not its day
        if s >= act.end and (
            # "Kept overnight and fined the next day": the date is the nearer act's.
            any(
                act.end <= other.start
                and other.end <= s
                and _AND_THEN.match(text[act.end : other.start])
                for other in facts.acts
            )
            or _RELEASE.search(between)
            or (_CLAUSE_OF_ITS_OWN.search(between) and when.precision is not Precision.DAY)
            or (act.code in _REFUSALS and _ONLY_THEN.search(text[act.start : s]))
        ):
            continue
        if s >= act.end or e > act.start:
            pass
        elif _COUNTS_FROM.search(text[s:e]) and _ANCHOR_PHRASE.match(text[e : act.start]):
            continue  # "on the eve of the hearing": the hearing is what the date counts from
        if (
            e <= act.start
            and "," in re.sub(r"^\s*того\s*,\s*(?:как|когда)", "", between)
            and position > 0
            and _GAP_AFTER.fullmatch(text[s:e])
        ):
            continue  # "On 2 April, two days after she complained, she was put…": the
            # gap dates the complaint; the act is of the day named first
        if _POST_STAMP.match(text, s) and any(
            not _TERM_END.search(text[max(0, o_s - base - 12) : o_s - base])
            for o_s, _, _ in facts.dates[position + 1 :]
        ):
            continue  # "[08:50] The case was opened on 10 February": the date told wins
        relative = _RELATIVE_AT_ACT.search(text[: act.start])
        if relative is not None and e <= relative.start() and _TODAY.fullmatch(text[s:e]):
            continue  # "Today with us is the mother of Denis, who died in the colony"
        if e <= act.start and _RELATIVE_CLAUSE.search(text[:s]) and "," in between:
            continue  # "On 10 September, Ms T., who has worked with him since 2022, was pushed"
        context = facts.context_date
        if (
            _THIS_YEAR.fullmatch(text[s:e])
            and context is not None
            and context.precision is not Precision.YEAR
            and _compatible(when, context)
        ):
            continue  # "his daughter applies to university this year": the running day holds
        # "On 7 April, he said, he cut himself": the saying in commas detaches nothing.
        detached = _DETACHING.search(_SAID_ASIDE.sub(" ", between))
        if e <= act.start and ":" in between and not detached:
            pass  # "On 5 May: police searched …", «за день до смерти …: у него были синяки»
        elif ":" in between:
            continue  # «связывает поджог со своей деятельностью: в мае она …»
        if detached and (
            s > 25
            or re.search(
                r"\bhad\b",
                _SAID_ASIDE.sub(" ", between)[detached.end() :] + text[act.start : act.end],
            )
        ):
            continue
        distance = len(between) + 30 * between.count(",")
        if e > act.start:
            distance += 10  # a date before the act is the usual order
        if act.code not in _STATES and _SINCE.match(text, s):
            distance += 40  # "held since 8 March, he was beaten on 10 March"
        if distance < best[0]:
            best = (distance, position)
            raw = len(between)
    if best[1] < 0:
        return [], 0
    chosen = [best[1]]
    for step in (-1, 1):
        position = best[1]
        while 0 <= position + step < len(facts.dates):
            left, right = sorted((position, position + step))
            gap = text[facts.dates[left][1] - base : facts.dates[right][0] - base]
            if not _COORDINATION.match(gap):
                break
            position += step
            chosen.append(position)
    found = [facts.dates[i][2] for i in sorted(chosen)]
    # "In June and July a car was parked outside": a state over both months is one stretch.
    if act.code in _STATES and len(found) == 2 and _next_months(found[0], found[1]):
        return [FuzzyDate.between(found[0], found[1])], raw
    return found, raw


def _next_months(a: FuzzyDate, b: FuzzyDate) -> bool:
    if a.precision is not Precision.MONTH or b.precision is not Precision.MONTH:
        return False
    if a.start is None or b.start is None:
        return False
    return (b.start.year * 12 + b.start.month) - (a.start.year * 12 + a.start.month) == 1


_TERM_END = re.compile(
    r"\b(?:until|till|up\s+to|through)\s+(?:the\s+)?$|(?<![а-яё])до\s+$", re.IGNORECASE
)

# Acts that last, which a "since" date can start; other acts happen on a day.
_STATES = {
    "detention", "pretrial_detention", "administrative_arrest", "hunger_strike", "surveillance",
    "harassment", "travel_ban", "solitary_confinement", "enforced_disappearance",
    "denial_of_medical_care", "denial_of_legal_counsel", "ill_treatment", "smear_campaign",
    "facility_access_denial",
}  # fmt: skip
_SINCE = re.compile(r"(?:since|from|с|со)\s", re.IGNORECASE)

# A search and the detention that follows it are two happenings to monitors (and to the
# vocabulary), even on the same day and in consecutive sentences; so are what happens in a
# courtroom and what a defendant tells of the arrest.
_COURTROOM = {"court_hearing", "conviction", "acquittal", "appeal"}
_CHARGES = {"prosecution", "prosecution_speech"}
_SEARCH_AND_DETENTION = ({"search"}, {"detention", "arrest"})
# A sentence continues the one before unless it moves to the other kind of happening.
# An appeal is the defence's own step, and a charge is not the arrest: each its own event
# even on the day of another happening.
_OWN_STEPS = (
    _SEARCH_AND_DETENTION,
    ({"appeal"}, set(ACT_TYPES) - {"appeal"}),
    (_CHARGES, {"detention", "arrest", "search", "confiscation", "abduction"}),
    (_CHARGES, {"fine", "conviction", "acquittal", "administrative_arrest"}),
    # A lawyer or a monitor turned away at a gate is not part of a hearing that day.
    (_COURTROOM, {"facility_access_denial"}),
)
_NOT_CONTINUED = (
    *_OWN_STEPS,
    (
        _COURTROOM,
        {
            "search", "confiscation", "detention", "arrest", "abduction", "physical_assault",
            "torture", "ill_treatment", "threat", "denial_of_legal_counsel",
        },
    ),
)  # fmt: skip


_CUSTODY = {"detention", "arrest", "pretrial_detention", "administrative_arrest"}
_IN_CUSTODY = {"denial_of_legal_counsel", "denial_of_medical_care", "ill_treatment", "torture"}
# Taken and held: what is done to the person in the next days is part of that episode.
_TAKEN = _CUSTODY | {"abduction", "enforced_disappearance"}
_CUSTODY_DAYS = 3


# Injuries recorded later ("haematomas on both feet") bear out whichever violence the text
# tells: a beating, torture or ill-treatment.
_VIOLENCE = {"physical_assault", "torture", "ill_treatment"}


def _kin(act: ActMatch) -> set[str]:
    return _VIOLENCE if act.trace and act.code in _VIOLENCE else {act.code}


def _distinct(
    event_codes: list[str],
    codes: list[str],
    pairs: tuple[tuple[set[str], set[str]], ...] = (_SEARCH_AND_DETENTION,),
) -> bool:
    if set(event_codes) & set(codes):
        return False
    return any(
        (set(event_codes) & first and set(codes) & second)
        or (set(event_codes) & second and set(codes) & first)
        for first, second in pairs
    )


def _compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Two dates that can name the same happening: one lies within the other."""
    if a.is_unknown or b.is_unknown:
        return a.is_unknown and b.is_unknown
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return a.overlaps(b)
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _finer(a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
    if a.precision is b.precision:
        # "In late September … on 26 September": the single day inside the range.
        return b if _span(b) < _span(a) and _compatible(a, b) else a
    return a if _FINENESS[a.precision] >= _FINENESS[b.precision] else b


def _span(d: FuzzyDate) -> int:
    if d.start is None or d.end is None:
        return 1 << 30
    return (d.end - d.start).days


def _add(items: list[str], new: list[str]) -> None:
    for item in new:
        if item not in items:
            items.append(item)


_SEQUENCE = re.compile(
    r"^(?:after\s+that|afterwards|later|then|subsequently|после\s+этого|затем|потом|позже|впоследствии)\b",
    re.IGNORECASE,
)


def _victims_fit(event: DraftEvent, facts: SentenceFacts) -> bool:
    """False only when both name victims and none is shared."""
    if not facts.victims or not event.victims:
        return True
    return bool(set(facts.victims) & set(event.victims))


def _absorb(event: DraftEvent, facts: SentenceFacts, index: int, codes: list[str]) -> None:
    _add(event.act_types, codes)
    _add(event.victims, facts.victims)
    _add(event.perpetrators, facts.perpetrators)
    _add(event.places, facts.places)
    span = (facts.sentence.start, facts.sentence.end)
    if span not in event.evidence:
        event.evidence.append(span)
    event.sentences.add(index)


# A new subject after a comma, or a word of sequence, starts a new happening in the same
# sentence: "…was refused entry, and a monitor … was detained", "spent three weeks in
# detention before the charges were dropped", «…, а в апреле неизвестные…»; so does a
# cause («голодает, потому что ему не выдают лекарства»).
_NEW_CLAUSE = re.compile(
    r"(?:,\s+and|;)\s+(?:a|an|the|another|two|three|several|his|her|their)\s|[,;]\s+а\s|"
    r",\s+and\s+(?:in|on|last|earlier|later|then)\s|"
    r"\b(?:before|after|until|afterwards|then|later|because)\b|"
    r"(?<![а-яё])(?:после|затем|потом|спустя|до\s+того|потому\s+что|так\s+как|из-за\s+того)(?![а-яё])",
    re.IGNORECASE,
)


def _clause_groups(facts: SentenceFacts, acts: list[ActMatch]) -> list[list[ActMatch]]:
    groups: list[list[ActMatch]] = []
    for act in sorted(acts, key=lambda a: a.start):
        if groups and not _NEW_CLAUSE.search(facts.sentence.text[groups[-1][-1].end : act.start]):
            groups[-1].append(act)
        else:
            groups.append([act])
    return groups


def _new_event(
    facts: SentenceFacts, index: int, when: FuzzyDate, codes: list[str], confidence: float
) -> DraftEvent:
    return DraftEvent(
        date=when,
        act_types=codes,
        summary=_summary(facts.sentence.text),
        victims=list(facts.victims),
        perpetrators=list(facts.perpetrators),
        places=list(facts.places),
        evidence=[(facts.sentence.start, facts.sentence.end)],
        confidence=confidence,
        paragraph=facts.sentence.paragraph,
        sentences={index},
    )


def _dated_in_paragraph(all_facts: list[SentenceFacts], index: int) -> bool:
    """Whether a sentence before ``index`` in its paragraph names a date."""
    paragraph = all_facts[index].sentence.paragraph
    for facts in reversed(all_facts[:index]):
        if facts.sentence.paragraph != paragraph:
            return False
        if facts.dates:
            return True
    return False


def _held_then(
    events: list[DraftEvent],
    facts: SentenceFacts,
    index: int,
    when: FuzzyDate,
    codes: list[str],
    since: int = 1,
) -> DraftEvent | None:
    """The episode of custody an undated act of custody belongs to: a person taken a day or
    two before the running date ("grabbed the day before yesterday … I was let in only at 11
    pm" yesterday) is still held then."""
    if not set(codes) <= _IN_CUSTODY | {"physical_assault", "threat", "enforced_disappearance"}:
        return None
    if when.precision is not Precision.DAY or when.start is None:
        return None
    for event in reversed(events):
        start = event.date.start
        if (
            set(event.act_types) & _TAKEN
            and event.date.precision is Precision.DAY
            and start is not None
            and since <= (when.start - start).days <= _CUSTODY_DAYS
            and min(event.sentences) < index
            and _victims_fit(event, facts)
        ):
            return event
    return None


def build_events(all_facts: list[SentenceFacts]) -> list[DraftEvent]:
    """Draft events from the facts of every sentence, in document order.

    Acts with a date of their own make or join events first; then the acts of a sentence
    without one join an event of the same type (a later mention of a known happening),
    the event of the sentence just before (a continuation), the event that set the
    running date, or make a new event on the running date.
    """
    events: list[DraftEvent] = []
    undated: list[tuple[int, SentenceFacts, list[ActMatch]]] = []
    # Injuries seen later ("an examination on 26 December recorded bruises") are dated by the
    # act the text tells elsewhere, not by the day they were seen.
    told = {a.code for facts in all_facts for a in facts.acts if not a.trace}
    for index, facts in enumerate(all_facts):
        groups: dict[tuple[FuzzyDate, int], list[ActMatch]] = {}
        sentence_undated: list[ActMatch] = []
        for clause, clause_acts in enumerate(_clause_groups(facts, facts.acts)):
            charge = next((a for a in facts.acts if a.code == "prosecution"), None)
            for act in clause_acts:
                # The speech a charge is for is dated by the charge, not by when it was
                # spoken ("a suspect … over a post I had written in September").
                dated_by = charge if act.code == "prosecution_speech" and charge else act
                dates, distance = _act_dates(facts, dated_by)
                known = any(act.code in e.act_types for e in events)
                if (
                    not dates
                    or (act.anaphoric and known and (distance > 25 or act.trace))
                    or (act.trace and bool(_kin(act) & told))
                ):
                    sentence_undated.append(act)
                    continue
                for when in dates:
                    groups.setdefault((when, clause), []).append(act)
        if sentence_undated:
            undated.append((index, facts, sentence_undated))
        for (when, _), acts in groups.items():
            codes: list[str] = []
            _add(codes, [a.code for a in acts])
            confidence = 0.8 - (0.1 if any(a.hedged for a in acts) else 0.0)
            merged = None
            for event in events:
                if _compatible(event.date, when) and set(event.act_types) & set(codes):
                    if (
                        not event.victims
                        or not facts.victims
                        or set(event.victims) & set(facts.victims)
                    ):
                        merged = event
                        break
            if merged is None and set(codes) == {"enforced_disappearance"}:
                # "Taken on 5 June … we did not know where he was until 6 June": not knowing
                # where a person taken is belongs to the taking.
                # index + 1: the taking may be told earlier in this very sentence.
                merged = _held_then(events, facts, index + 1, when, codes, since=0)
                if merged is not None:
                    _absorb(merged, facts, index, codes)
                    continue
            if merged is not None:
                merged.date = _finer(merged.date, when)
                _absorb(merged, facts, index, codes)
                merged.confidence = min(0.95, max(merged.confidence, confidence) + 0.05)
                continue
            events.append(_new_event(facts, index, when, codes, confidence))

    for index, facts, acts in undated:
        # "After the search he was taken to the police station": the search is a known
        # happening; what follows is new and happened about then.
        references = [a for a in acts if a.anaphoric and any(a.code in e.act_types for e in events)]
        new_acts = [a for a in acts if a not in references]
        after = _AFTER_KNOWN.match(facts.sentence.text)
        after_code = _AFTER_CODES.get((after.group(1) or after.group(2)).lower()) if after else None
        earlier_of_code = [
            e for e in events if after_code in e.act_types and min(e.sentences) < index
        ]
        if earlier_of_code and new_acts and all(a.code != after_code for a in new_acts):
            # "Immediately after the search she was arrested": a new happening, on the day
            # of the one it follows.
            following: list[str] = []
            _add(following, [a.code for a in new_acts])
            events.append(_new_event(facts, index, earlier_of_code[-1].date, following, 0.5))
            continue
        during = _DURING_SEARCH.search(facts.sentence.text)
        searches = [e for e in events if "search" in e.act_types and min(e.sentences) < index]
        if during and searches:
            # "His lawyer was not let in until the search had ended": part of the search.
            _absorb(searches[-1], facts, index, [a.code for a in acts])
            continue
        if references and new_acts:
            referenced = [e for e in events if references[0].code in e.act_types][-1]
            _absorb(referenced, facts, index, [])
            new_codes: list[str] = []
            _add(new_codes, [a.code for a in new_acts])
            events.append(_new_event(facts, index, referenced.date, new_codes, 0.5))
            continue
        codes = []
        _add(codes, [a.code for a in acts])
        # A happening to someone else is another happening ("…detained 30 people. A
        # journalist filming it was pushed to the ground").
        same_type = [e for e in events if set(codes) & set(e.act_types) and _victims_fit(e, facts)]
        if not same_type:
            kinds = set().union(*(_kin(a) for a in acts))
            same_type = [e for e in events if kinds & set(e.act_types) and _victims_fit(e, facts)]
        if same_type:
            # The nearest earlier mention of the same kind of act, else the first later one.
            earlier = [e for e in same_type if min(e.sentences) <= index]
            # No earlier mention: the episode the paragraph is telling comes before one
            # the text reaches only later ("Detained on 3 May … his requests for a lawyer
            # were refused. … On the 14th I was not let in").
            going_on = [
                e
                for e in events
                if (index - 1) in e.sentences
                and e.paragraph == facts.sentence.paragraph
                and not _SEQUENCE.match(facts.sentence.text)
            ]
            if not earlier and going_on:
                same_type = earlier = going_on[-1:]
            target = (
                max(earlier, key=lambda e: max(s for s in e.sentences if s <= index))
                if earlier
                else same_type[0]
            )
            # "Beaten last month. … The men were waiting by her car on 19 October. One
            # kicked her": a day named just before, in a sentence that reports no act of
            # its own, narrows the happening it describes.
            previous = all_facts[index - 1] if index > 0 else None
            context = facts.context_date
            day_named_before = (
                previous is not None
                and bool(previous.dates)
                and not previous.acts
                and context is not None
                and previous.dates[-1][2] == context
            )
            if day_named_before and context is not None and _compatible(target.date, context):
                target.date = _finer(target.date, context)
            # "Last Saturday we drove to the unit. They did not let us see him": a day named
            # just before that the known happening cannot have is a new happening.
            fresh_day = (
                day_named_before
                and context is not None
                and context.precision is Precision.DAY
                and not any(a.anaphoric for a in acts)
                and not _compatible(target.date, context)
            )
            # "In August my son was going to Moscow. … you are restricted from leaving": with
            # no earlier mention, a later one on another day is not this one when the
            # paragraph has named its own day.
            fresh_day = fresh_day or (
                not earlier
                and context is not None
                and not _compatible(target.date, context)
                and _dated_in_paragraph(all_facts, index)
            )
            if not fresh_day:
                _absorb(target, facts, index, codes)
                continue
        continuing = [e for e in events if (index - 1) in e.sentences or index in e.sentences]
        if (
            continuing
            and continuing[-1].paragraph == facts.sentence.paragraph
            and not _SEQUENCE.match(facts.sentence.text)
            and not _distinct(continuing[-1].act_types, codes, _NOT_CONTINUED)
        ):
            _absorb(continuing[-1], facts, index, codes)
            continue
        context = facts.context_date
        if set(codes) <= _COURTROOM and facts.frame_date is not None:
            context = facts.frame_date  # the prosecutor speaks at the hearing, not in the story
        if context is None:
            continue  # the contract has no "unknown" date: nothing to propose
        when = context
        # The running date came from an event on that very day: the same episode.
        same_day = [
            e
            for e in events
            if _compatible(e.date, when)
            and e.date.precision is Precision.DAY
            and when.precision is Precision.DAY
            and min(e.sentences) < index
            and _victims_fit(e, facts)
            and not _distinct(e.act_types, codes, _OWN_STEPS)
        ]
        if same_day and not _SEQUENCE.match(facts.sentence.text):
            # What happens in custody (no lawyer, no doctor) belongs to the detention, not
            # to a search the same day.
            custody = [e for e in same_day if set(e.act_types) & _CUSTODY]
            in_custody = bool(set(codes) & _IN_CUSTODY)
            _absorb(custody[-1] if in_custody and custody else same_day[-1], facts, index, codes)
            continue
        # "After that we did not know where he was": of the taking, even on the same day.
        since = 0 if set(codes) == {"enforced_disappearance"} else 1
        # "On Sunday two men came to talk. … it would be a pity": a day the paragraph names
        # for itself is a happening of its own, not more of the custody before it.
        held = (
            None
            if _dated_in_paragraph(all_facts, index) and set(codes) & {"threat", "physical_assault"}
            else _held_then(events, facts, index, when, codes, since=since)
        )
        if held is not None:
            _absorb(held, facts, index, codes)
            continue
        confidence = 0.45 - (0.1 if any(a.hedged for a in acts) else 0.0)
        events.append(_new_event(facts, index, when, codes, confidence))
    for event in events:
        event.evidence.sort()
    events.sort(key=lambda e: (e.date.sort_key(), min(e.sentences)))
    return events
