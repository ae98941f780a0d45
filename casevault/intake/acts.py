"""Find act types (the vocabulary codes) in a sentence, leaving out negated and unreal ones.

The lexicon lives in ``lexicon/acts_<lang>.txt`` as "code: regular expression" lines. A
span matched by one code is not matched again by a later one, so the file lists specific
phrases ("pre-trial detention", «административный арест») before general words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from casevault.intake.morphology import english_lemmas, lemmas, word_spans
from casevault.intake.prefilter import LiteralFilter

__all__ = ["ACT_TYPES", "ActMatch", "find_acts", "fold_for_matching"]

ACT_TYPES = (
    "arrest", "detention", "pretrial_detention", "administrative_arrest", "abduction",
    "enforced_disappearance", "prosecution", "prosecution_speech", "charges_dropped",
    "court_hearing", "conviction", "acquittal", "appeal", "libel_suit", "fine", "torture",
    "ill_treatment", "physical_assault", "sexual_violence", "verbal_abuse", "threat", "killing",
    "death_in_custody", "arson", "property_damage", "search", "confiscation", "surveillance",
    "travel_ban", "facility_access_denial", "harassment", "dismissal_from_work",
    "smear_campaign", "solitary_confinement", "denial_of_medical_care",
    "denial_of_legal_counsel", "self_harm_protest", "hunger_strike",
)  # fmt: skip

LEXICON_DIR = Path(__file__).parent / "lexicon"


@dataclass(frozen=True)
class ActMatch:
    code: str
    start: int  # offsets into the sentence
    end: int
    hedged: bool  # "allegedly", «по словам»: kept, with less confidence
    anaphoric: bool = False  # "the search", «до увольнения»: points back to a known act
    trace: bool = False  # "marks of electric shocks", «следы побоев»: seen later, done before


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    entries: list[tuple[str, re.Pattern[str]]] = []
    for line in (LEXICON_DIR / f"acts_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, pattern = line.partition(": ")
        if code not in ACT_TYPES:
            raise ValueError(f"acts_{lang}.txt: unknown act type {code!r}")
        entries.append((code, re.compile(pattern)))
    return tuple(entries)


@lru_cache(maxsize=4)
def _lexicon_filter(lang: str) -> LiteralFilter:
    """Which lexicon entries may match a sentence: most sentences need only a few of them."""
    return LiteralFilter([pattern for _, pattern in _lexicon(lang)])


@lru_cache(maxsize=4)
def _last_ranks(lang: str) -> dict[str, int]:
    """The rank of each code's last regular expression in the lexicon."""
    return {code: rank for rank, (code, _) in enumerate(_lexicon(lang))}


@dataclass(frozen=True)
class _LemmaEntry:
    code: str
    # Each word: the lemmas it may have, and how many other words may stand before it.
    words: tuple[tuple[frozenset[str], int], ...]


# "~" lets two other words stand before the next word of an entry, "~4" four: a wider gap
# only where the words themselves leave no doubt («признал … виновным»).
_GAP = re.compile(r"~[1-9]?")


@lru_cache(maxsize=4)
def _lemma_lexicon(lang: str) -> dict[str, tuple[_LemmaEntry, ...]]:
    """Entries of ``acts_<lang>_lemmas.txt`` indexed by the lemmas of their first word."""
    path = LEXICON_DIR / f"acts_{lang}_lemmas.txt"
    if not path.exists():
        return {}
    index: dict[str, list[_LemmaEntry]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, rest = line.partition(": ")
        if code not in ACT_TYPES:
            raise ValueError(f"{path.name} line {number}: unknown act type {code!r}")
        words: list[tuple[frozenset[str], int]] = []
        gap = 0
        for item in rest.split():
            if _GAP.fullmatch(item):
                gap = int(item[1:] or 2)
                continue
            words.append((frozenset(item.split("|")), gap))
            gap = 0
        if not words or gap:
            raise ValueError(f"{path.name} line {number}: an entry needs words, not ending in ~")
        entry = _LemmaEntry(code, tuple(words))
        for lemma in words[0][0]:
            index.setdefault(lemma, []).append(entry)
    return {lemma: tuple(entries) for lemma, entries in index.items()}


def _follow(entry: _LemmaEntry, k: int, at: int, sentence: list[frozenset[str]]) -> int | None:
    """Index of the last word when ``entry.words[k:]`` follow the word at ``at``."""
    if k == len(entry.words):
        return at
    wanted, gap = entry.words[k]
    for j in range(at + 1, min(len(sentence), at + 2 + gap)):
        if sentence[j] & wanted:
            last = _follow(entry, k + 1, j, sentence)
            if last is not None:
                return last
    return None


def _lemma_candidates(folded: str, lang: str) -> list[tuple[str, int, int]]:
    index = _lemma_lexicon(lang)
    if not index:
        return []
    spans = word_spans(folded)
    lemmatise = english_lemmas if lang == "en" else lemmas
    sentence = [lemmatise(folded[s:e]) for s, e in spans]  # each sentence lemmatised once
    found: list[tuple[str, int, int]] = []
    for i, readings in enumerate(sentence):
        for lemma in readings:
            for entry in index.get(lemma, ()):
                last = _follow(entry, 1, i, sentence)
                if last is not None:
                    found.append((entry.code, spans[i][0], spans[last][1]))
    return found


def _candidates(folded: str, lang: str) -> list[tuple[str, int, int]]:
    """Lexicon matches in claiming order: the lemma entries of a code right after its last
    regular expression, so «санкционировал его арест» is a remand before "arrest" is tried."""
    ranked: list[tuple[float, str, int, int]] = []
    lexicon = _lexicon(lang)
    last_rank = _last_ranks(lang)
    for rank in _lexicon_filter(lang).candidates(folded):
        code, pattern = lexicon[rank]
        ranked.extend((rank, code, *match.span()) for match in pattern.finditer(folded))
    ranked.extend(
        (last_rank.get(code, len(last_rank)) + 0.5, code, start, end)
        for code, start, end in _lemma_candidates(folded, lang)
    )
    ranked.sort(key=lambda item: item[0])  # stable: text order within one entry
    return [(code, start, end) for _, code, start, end in ranked]


def fold_for_matching(text: str) -> str:
    """Lower case with ё→е; the same length as ``text``, so offsets carry over."""
    return text.lower().replace("ё", "е")


# A clause ends at these; negation does not reach across them.
_CLAUSE_BREAK = re.compile(
    r"[,;:()«»\"]|\s(?:but|and\s+then|while|whereas|но|однако|а\s+затем|после\s+чего|когда)\s"
    # "He refused to testify and was put in a punishment cell": a verb of its own after "and".
    r"|\sand\s+(?=(?:was|were|had\s+been|has\s+been|have\s+been|got)\s)"
)

_NEGATION = {
    "en": re.compile(
        r"\b(?:not|never|no|nor|n't|without|den(?:y|ied|ies|ying)|refut\w*|reject\w*|"
        r"false|unfounded|neither|nobody|none|lack\s+of|refused\s+to|declined\s+to)\b|n't\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:не|ни|нет|никто|никаких|никакого|никогда|отрица\w*|опроверг\w*|"
        r"отвергл\w*|безоснователь\w*|ложн\w*|отказал\w*|отказыва\w*|отказано|"
        # «отказ в возбуждении дела»; not «после отказа подписать признание его избили»
        r"отказ(?:ом|е|а|ы)?(?=\s+в(?![а-я])))(?![а-я])"
    ),
}
_NOT_NEGATION = {
    # "men with no insignia", "a search with no warrant": the "no" belongs to a noun.
    "en": re.compile(r"\bnot\s+only\b|\bno\s+longer\b|\bno\s+later\b|\bwith\s+no\b"),
    "ru": re.compile(
        r"(?<![а-я])не\s+только|не\s+раз(?![а-я])|не\s+менее|не\s+позднее|не\s+установлен"
    ),
}
# Things that did not (yet) happen: plans, threats, conditions, demands.
_IRREALIS = {
    "en": re.compile(
        r"\b(?:threaten\w*\s+to|could|can|cannot|(?<!\d\s)may(?!\s+\d)|might|would|will|shall|if|unless|risks?|"
        r"fac(?:es?|ing)(?!\s+(?:criminal\s+|new\s+|several\s+|further\s+)?charges?\b)|scheduled|due\s+to\s+be|plans?\s+to|planning|intends?\s+to|in\s+order\s+to|"
        r"to\s+prevent|demand\w*|urg(?:e|es|ed|ing)|call\w*\s+(?:on|upon|for)|ask\w*\s+(?:you|the)|"
        r"request\w*|should|must|to\s+(?:stop|end|cease|investigate|release|drop|lift)|"
        r"investigat\w+\s+(?:the|into|allegations)|allegations?\s+(?:of|that)|complain\w*\s+(?:of|about)|"
        r"risk\s+of|protection\s+from|free\s+from|prohibit\w*\s+of|prevention\s+of|against\s+(?:torture|ill)|"
        r"document\w*|expos\w+|account\s+of|describ\w+|to\s+(?:file|lodge|submit|challenge)|"
        r"set\s+for|expected|asked|asking\s+for|sought|proposed|cases\s+(?:of|where|in\s+which|when)|instances\s+of|"
        r"whether)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:грозил\w*|угрожал\w*|пригрозил\w*|может|могут|могли\s+бы|будет|будут|будем|буду|"
        r"завтра|подадим|обжалуем|направим|обратимся|"
        r"если|грозит|планиру\w*|намерен\w*|назначен\w*|состоится|требуем|требуют|призыва\w*|"
        r"просим|прошу|просят|просит|должн\w*|необходимо|чтобы|прекратить|расследовать|освободить|"
        r"отменить|провести\s+проверку|проверить|недопущени\w*|заявлени\w+\s+о|жалоб\w+\s+на|"
        r"сообщени\w+\s+о|запрет\w*\s+пыток|против\s+пыток|по\s+факту|попросил\w*|просил\w*|"
        r"потребовал\w*|требовал\w*|запросил\w*|ожидается|назначить|помешать|предотвратить|случа\w+|"
        r"на\s+котор(?:ом|ой))(?![а-я])"
    ),
}
_HEDGE = {
    "en": re.compile(
        r"\b(?:allegedly|reportedly|alleged|apparently|according\s+to|claims?|said)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:якобы|предположительно|по\s+словам|по\s+данным|утверждает|заявил\w*|сообщил\w*)(?![а-я])"
    ),
}
# Codes whose own wording is a negation or a threat: their cue is part of the match.
_SELF_CUED = {"threat", "travel_ban", "facility_access_denial", "denial_of_legal_counsel",
              "denial_of_medical_care", "charges_dropped", "hunger_strike",
              "prosecution_speech"}  # fmt: skip


# The act as a topic, not a happening: "an account of beatings", «рассказы о пытках»,
# "information concerning the alleged arbitrary detention".
_TOPICAL = {
    "en": re.compile(
        r"\b(?:about|(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)of|on|regarding|"
        r"concerning|against)\s+$|\babout\s+(?:[\w-]+\s+){1,3}(?:or|and|nor)\s+$|"
        # "the date of the appeal hearing has not been set": a date asked about, no act.
        r"\b(?:date|time|day)\s+(?:of|for)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$|"
        r"\b(?:regarding|concerning|about)\s+(?:the\s+|an?\s+)?"
        r"(?:alleged|reported)\s+(?:[\w-]+\s+){0,3}$|"
        # "a protest against the illegal arrest": the act is the protest's cause, told before.
        r"\bagainst\s+(?:the\s+|his\s+|her\s+|their\s+)?"
        r"(?:illegal|unlawful|arbitrary|unjust|groundless|politically\s+motivated)\s+$|"
        # A class of people, not a happening: "200 clients who say they were tortured".
        r"\b(?:people|persons|clients|victims|detainees|prisoners|those|families|others)\s+who\s+"
        r"(?:say|said|claim|claimed|allege|alleged|report|reported)\s+(?:that\s+)?they\s+"
        r"(?:were|had\s+been|have\s+been)\s+$|"
        # "because of an unpaid fine": a fine named as a cause, not one imposed here.
        r"\bunpaid\s+$|\bnon-?payment\s+of\s+(?:a\s+|the\s+|(?:his|her|their)\s+)?$"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:(?:о|об|про|насчет|против|по)\s+|в\s+(?:поддержку|защиту)\s+(?:\w+\s+)?|"
        r"против\s+(?:незаконн|неправомерн|необоснованн|произвольн|несправедлив)\w*\s+|"
        r"(?:о|об)\s+(?:связи|причинах|обстоятельствах|расследовании|фактах?)\s+|"
        r"при\s+(?:каждом|каждой|любом|любой)\s+|"
        # «из-за неоплаченного штрафа»: a fine named as a cause, not one imposed here.
        r"(?:неоплаченн|неуплаченн|непогашенн)\w*\s+|(?:неуплат|неоплат)\w+\s+|"
        # «секретарь судебного заседания», «жалобы лиц, содержащихся под стражей»: a title
        # and a class of people, not a hearing or a remand.
        r"секретар\w*\s+|лиц\w*,?\s+)$"
    ),
}
# Denied after the act: «избиений, по его словам, не было», «дело возбуждено не было»,
# "force was not used".
_NEGATED_AFTER = {
    "en": re.compile(
        r"^(?:\s*,[^,.;]{0,30},)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:not|never)\s+"
        r"(?:used|opened|confirmed|carried\s+out|found)\b"
    ),
    "ru": re.compile(
        r"^(?:\s*,[^,.;]{0,30},|\s*,)?\s+(?:[а-я]+\s+)?(?:не\s+(?:было|был[аио]?|применял\w*|"
        r"подтвердил\w*|установлен\w*|выявил\w*|выявлен\w*|обнаружил\w*|обнаружен\w*|"
        r"зафиксировал\w*|зафиксирован\w*|стал[аи]?|будут|будем)|(?:было\s+)?отказано)(?![а-я])"
    ),
}
# A sentence that ends by saying there was none: «Избиений и угроз физической расправой, по
# словам самого Кенжебаева, не было», «Жалоб на угрозы … не поступило», «Фактов помещения в
# карцер … не выявлено». Only nouns are denied so: «Его избили, а протокола не было» keeps
# the beating (a past verb, and a contrast between).
_NONE_AT_THE_END = {
    "en": None,
    "ru": re.compile(
        r"^[^.!?;:]{0,120}?(?<![а-я])(?P<denial>не\s+(?:было|были|был|поступ\w+|выявлен\w*|зафиксирован\w*|"
        r"установлен\w*|обнаружен\w*|отмечен\w*|подтвердил\w*|ощуща\w+|испытыва\w+|"
        r"получал\w*|заявлял\w*|проводил\w*|производил\w*|применял\w*|происходил\w*)|нет)(?:\s*[.!]?\s*$|\s*[,;:]\s*(?:но|а|однако|зато)?(?![а-я]))"
    ),
}
# A rumour the text then says was not borne out: «Информация о том, что ему угрожали, …
# не подтвердилась», "reports that he had been beaten were not confirmed".
_RUMOUR = {
    "en": re.compile(
        r"\b(?:reports?|information|claims?|rumou?rs?|posts?)\s+(?:\w+\s+)?(?:that|of)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:(?:информаци\w+|сведени\w+|сообщени\w+|слух\w*|данные|доводы|утверждени\w+|"
        r"заявлени\w+|публикаци\w+)\s+[^.;:!?]{0,60}?(?:о\s+том|об?)|(?:утверждает|говорит)ся,?\s+что)"
        r"(?![а-я])"
    ),
}
_NOT_BORNE_OUT = {
    "en": re.compile(
        r"\b(?:(?:was|were|have|has|had)\s+(?:been\s+)?not\s+(?:been\s+)?(?:confirmed|borne\s+out)|"
        r"(?:was|were|proved|proven|turned\s+out)\s+(?:to\s+be\s+)?(?:unfounded|false|untrue)|"
        r"found\s+no\s+confirmation|(?:was|were)\s+refuted|(?:is|are|was|were)\s+(?:not\s+true|untrue)|"
        r"do(?:es)?\s+not\s+correspond\s+to\s+(?:the\s+)?(?:facts|reality))\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:не\s+подтверд\w+|не\s+нашл\w*\s+(?:своего\s+)?подтверждени\w*|"
        r"не\s+соответству\w+\s+действительности|"
        r"подтверждени\w+\s+не\s+нашл\w*|опровергнут\w*|оказал\w*\s+ложн\w*)(?![а-я])"
    ),
}


# «В возбуждении дела (по жалобе) было отказано»: the act asked for and refused.
_REFUSED_AFTER = re.compile(r"[^.;:]{0,40}?(?<![а-я])(?:было\s+)?отказано(?![а-я])")


def _refused(lang: str, folded: str, start: int, end: int) -> bool:
    return (
        lang == "ru"
        and folded[max(0, start - 2) : start] == "в "
        and bool(_REFUSED_AFTER.match(folded, end))
    )


def _rumour_not_borne_out(lang: str, folded: str, start: int, end: int) -> bool:
    return bool(_RUMOUR[lang].search(folded[:start])) and bool(
        _NOT_BORNE_OUT[lang].search(folded[end:])
    )


# An indirect question asks, it does not tell: «спрашивают, были ли задержания». Read on the
# text as written: «Ли» with a capital is a surname.
_QUESTION_PARTICLE = re.compile(r"(?<![А-Яа-яЁё])ли(?![А-Яа-яЁё])")


_CONTRAST_WORD = re.compile(r"\b(?:but|however)\b|(?<![а-я])(?:но|однако|а|зато)(?![а-я])")
_PAST_VERB_END = re.compile(r"(?:л|ла|ли|ло|лся|лась|лись)$")


def _none_at_the_end(lang: str, folded: str, start: int, end: int) -> bool:
    pattern = _NONE_AT_THE_END[lang]
    if pattern is None or _PAST_VERB_END.search(folded[start:end]):
        return False
    tail = folded[end:]
    match = pattern.match(tail)
    if match is None:
        return False
    between = tail[: match.start("denial")]
    if _CONTRAST_WORD.search(between):
        return False
    # «Обыск прошёл, понятых не было»: a verb of its own gives the act its own clause; one in
    # a remark set off by commas («, как подчеркнул он сам,») does not.
    return not _PAST_VERB_WORD.search(re.sub(r",[^,]*,", " ", between))


_PAST_VERB_WORD = re.compile(r"(?<![а-я])[а-я]{2,}(?:л|ла|ли|ло|лся|лась|лись)(?![а-я])")


# Injuries a person had before custody and that were recorded on arrival are no act of the
# keepers: "injuries received before admission", «травмы, полученные до задержания».
_PRIOR_INJURY = {
    "en": re.compile(
        r"\b(?:received|sustained|suffered|obtained|had)\s+(?:\w+\s+){0,2}(?:before|prior\s+to)\s+"
        r"(?:(?:his|her|their|the)\s+)?(?:admission|arrest|detention|arrival|being\s+detained)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:получен\w*|нанесен\w*|имевш\w*|имеющ\w*)\s+(?:\w+\s+){0,2}до\s+"
        r"(?:задержани|поступлени|помещени|доставлени|ареста|прибыти|водворени)\w*"
    ),
}
# The name of an offence someone is charged with is no act done to them: "charged in June
# with 'insulting a government official'", «обвиняют в избиении полицейского».
_OFFENCE_NAME = {
    "en": re.compile(
        r"\b(?:charged|accused|convicted|suspected|suspicion|charges?|guilty)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:with|of)\s+[\"“«']?$"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:обвин\w+|подозрева\w+|подозрени\w+|виновн\w+|статье)\s+(?:\w+\s+){0,3}?"
        r"(?:в|во|за|о)?\s*[«\"]?$"
    ),
}
# Words of a charge itself, which an offence name may follow.
# Speech named as the offence ("charged with spreading false information") is the act
# "prosecution for speech" itself.
_OFFENCE_SAFE = {
    "prosecution", "prosecution_speech", "conviction", "acquittal", "charges_dropped", "fine",
}  # fmt: skip
_INJURY_CODES = {"physical_assault", "detention", "arrest", "torture", "ill_treatment"}
_ANAPHORA = {
    "en": re.compile(
        r"\b(?:the|this|that|these|such|his|her|their|still|(?:traces|signs|marks)\s+of)\s+$"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:этот|эта|это|этого|этой|данн\w+|до|после|тот|той|следы|следов|"
        # What is appealed was told before: «обжаловал увольнение», «оспорил штраф».
        r"обжаловал\w*|обжалует|обжаловать|оспорил\w*|оспаривал\w*|оспаривает|оспорить)\s+"
        r"(?:его\s+|ее\s+|их\s+)?$"
    ),
}
_TRACE = {
    "en": re.compile(r"\b(?:traces|signs|marks)\s+of\s+$"),
    "ru": re.compile(r"(?<![а-я])(?:следы|следов|следами)\s+$"),
}
# Injuries an examination recorded later: "a forensic examination on 26 December recorded
# haematomas", «экспертиза зафиксировала кровоподтёки». The day is the examination's.
_RECORDED = {
    "en": re.compile(
        r"\b(?:recorded|found|documented|noted|revealed|showed|confirmed|registered)\b[^.;:]{0,60}$"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:зафиксирова\w*|выявил\w*|выявлен\w*|обнаружил\w*|обнаружен\w*|"
        r"констатирова\w*)(?![а-я])[^.;:]{0,60}$"
    ),
}
_INJURY_WORDS = re.compile(
    r"bruis|injur|ha?ematom|fractur|concussion|swollen|black\s+eye|кровоподт|ссадин|синяк|"
    r"гематом|перелом|сотрясени|телесн"
)

# A prosecution is of someone: a case with nobody named as its target that is about an
# incident ("police opened a case into the arson") is an investigation.
_PROSECUTION_TARGET = {
    "en": re.compile(r"\b(?:against|charged|indicted|suspect|prosecuted|accused|defendant)\b"),
    "ru": re.compile(
        r"(?<![а-я])(?:в\s+отношении|против|обвин\w*|подозрева\w*|предъяв\w*|привлеч\w*|"
        r"ей|ему|им|ее|его|их|нее|него|ним|ней)(?![а-я])"
    ),
}


# "The next hearing is set for 20 December", «заседание назначено на 12 февраля».
_FUTURE_AFTER = {
    "en": re.compile(
        r"\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:set|scheduled|planned|due|expected)\b|\s+will\b|"
        r"\s+(?:is\s+)?(?:set\s+for\s+)?tomorrow\b"
    ),
    "ru": re.compile(
        r"\s+(?:\w+\s+){0,3}?(?:назначен\w*|состоится|пройдет|будет|планиру\w+|подадим|"
        r"подаст|подадут|обжалуем|направим)(?![а-я])|"
        r"\s+до\s+\d"
    ),
}


# "The hearing was adjourned until 28 April" names the next hearing; "twisted her wrist until
# she gave in" is still an act. "The hearing was adjourned to 2 November" names it too.
_UNTIL = re.compile(r"\s+(?:until|till)\s")
_ADJOURNED = re.compile(r"(?:adjourned|postponed|deferred)$")
_TO = re.compile(r"\s+to\s")


_INCIDENT = {
    "en": re.compile(
        r"\b(?:into|over\s+the|abuse\s+of\s+power|excess\w*\s+of|attack\w*|assault\w*|death|"
        r"arson|beating|torture|murder|killing)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:по\s+факту|повреждени\w*|нападени\w*|смерт\w*|поджог\w*|пыт\w*|превышени\w*|"
        r"избиени\w*|хулиганств\w*|убийств\w*)(?![а-я])"
    ),
}


_MONTH_MAY = re.compile(r"\bMay\b")


def _clause_before(folded: str, start: int) -> str:
    window = folded[max(0, start - 140) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return window


# "Nobody told us they had been ill-treated", «никто не жаловался на избиения»: a subject
# that negates the whole clause, however far before the act.
_NEGATIVE_SUBJECT = {
    "en": re.compile(
        r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwhom\s)"
        r"\b(?:nobody|no\s+one|none\s+of\s+(?:them|the\s+\w+)|not\s+(?:a\s+)?single|no\s+single|"
        r"none\s+(?:reported|said|complained|mentioned|told|alleged|described))\b"
    ),
    "ru": re.compile(r"(?<![а-я])(?:никто|ни\s+один|ни\s+одна)(?![а-я])"),
}


_CONTRAST = re.compile(r"\b(?:but|however|yet)\b|(?<![а-я])(?:но|однако)(?![а-я])")


def _negative_subject(lang: str, before: str) -> bool:
    """ "Nobody" before the act and no "but" between: the whole report is negated."""
    contrasts = list(_CONTRAST.finditer(before))
    if contrasts:
        before = before[contrasts[-1].end() :]
    return bool(_NEGATIVE_SUBJECT[lang].search(before))


# «не давали воды и угрожали»: in Russian each negated verb carries its own «не», so the
# negation of one does not reach the next one after «и».


# "The court rejected his appeal", «суд отклонил жалобу»: an appeal heard and dismissed is
# still the appeal, the defence's own step; only its rejection reads like a denial.
_REJECTION = {
    "en": re.compile(r"\b(?:reject\w*|dismiss\w*|den(?:y|ied|ies|ying)|refus\w*|declined\s+to)\b"),
    "ru": re.compile(r"(?<![а-я])(?:отверг\w*|отклон\w*|отказал\w*|отказыва\w*)(?![а-я])"),
}


# What a letter is about, its concern or its request: "information received concerning the
# search, the arrest and the detention of …", "expressed concern that the search … appear to
# be related", «просили предоставить информацию о задержании»: acts named after it are
# topics, each told (or not) elsewhere.
_TOPIC_LEAD = {
    "en": re.compile(
        r"\b(?:information\s+(?:received\s+)?(?:concerning|regarding|about|on)|"
        r"(?:expressed|expresses|express|expressing)\s+(?:\w+\s+){0,2}concerns?\s+"
        r"(?:that|about|over|at|regarding)|to\s+provide\s+(?:\w+\s+)?information\s+on|"
        r"the\s+(?:factual\s+and\s+legal\s+)?basis\s+for)\b"
    ),
    "ru": re.compile(
        r"(?<![а-я])(?:информаци\w+\s+(?:\w+\s+)?(?:о|об|относительно|касательно)|"
        r"выразил\w*\s+(?:\w+\s+){0,2}обеспокоенност\w+|предостав\w+\s+(?:\w+\s+)?"
        r"информаци\w+\s+(?:о|об)|(?:правов\w+|фактическ\w+)\s+основани\w+)(?![а-я])"
    ),
}


_ASIDE = re.compile(r"\s[—–]\s[^—–]*\s[—–](?=\s)")
_RELATIVE_NEGATIVE = re.compile(
    r"\b(?:that|which|whom)\s+(?:nobody|no\s+one)\s+(?:[\w'’]+\s+){0,4}?(?:of|about|from|for)\s"
)


def _is_negated(lang: str, clause: str, code: str = "") -> bool:
    # "the judge — I still can't believe it — released him": the aside negates nothing;
    # nor does "a channel that nobody had heard of".
    clause = _RELATIVE_NEGATIVE.sub(" ", _ASIDE.sub(" ", clause))
    if code == "appeal":
        clause = _REJECTION[lang].sub(" ", clause)
    if lang == "ru":
        parts = re.split(r"(?<![а-я])и(?![а-я])", clause)
        if len(parts) > 1 and len(parts[-1].split()) <= 1:
            clause = parts[-1]
    words = clause.split()[-5:]
    tail = " ".join(words)
    tail = _NOT_NEGATION[lang].sub(" ", tail)
    return bool(_NEGATION[lang].search(tail))


_CASE_WORD = re.compile(
    r"\b(?:case|cases|proceedings|investigation|prosecution)\b|(?<![а-я])(?:дел\w*|преследовани\w*)"
)


# A state that goes on: "the authorities deny holding him", «где он, неизвестно» told later in
# a text belong to the disappearance already told, not to a new one on the later day.
_CONTINUING = {"enforced_disappearance"}


# «в инкриминируемом ему тексте», «вменяемое деяние»: a participle describing a thing by a
# charge told elsewhere, not a charge brought here.
_CHARGE_PARTICIPLE = re.compile(r"(?:вменяем|инкриминируем)\w*")


# A dropped case whose opening the sentence dates ("a case, opened in January 2023 over his
# video, was closed", «дело, возбуждённое в январе 2023 года, прекращено»).
_OPENED_ON = {
    "en": re.compile(
        r"\bcase\b[^.;]{0,30}?,?\s+(?:which\s+had\s+been\s+|that\s+had\s+been\s+|first\s+)?"
        r"((?:opened|initiated|launched|instituted|brought))\s+(?:against\s+\w+\s+)?"
        r"(?:back\s+)?(?:in|on)\s+(?:early\s+|late\s+|mid-?)?(?:\d|jan|feb|mar|apr|may|jun|jul|"
        r"aug|sep|oct|nov|dec)"
    ),
    "ru": re.compile(
        r"(?<![а-я])дел\w*,?\s+(?:которое\s+(?:было\s+)?)?((?:возбужденн\w+|заведенн\w+|"
        r"возбудили|завели|возбуждено|заведено))\s+(?:против\s+\w+\s+)?(?:еще\s+)?(?:в|во)\s+"
        r"(?:начале\s+|конце\s+|середине\s+)?(?:\d|январ|феврал|март|апрел|ма[йея]|июн|июл|август|"
        r"сентябр|октябр|ноябр|декабр)"
    ),
}
_VERDICTS = {"acquittal", "conviction", "charges_dropped"}
_BACKGROUND_CLAUSE = {
    "en": re.compile(r"\b(?:who|whom)\s+(?:\w+\s+){0,3}$"),
    "ru": re.compile(r"(?<![а-я])котор\w+\s+(?:\w+\s+){0,2}$"),
}


_ANSWERED = {
    "en": re.compile(
        r"\b(?:was|were|had\s+been|has\s+been)\s+(?:refused|rejected|denied|granted|dismissed|"
        r"turned\s+down|ignored)\b"
    ),
    "ru": re.compile(r"(?<![а-я])(?:было\s+)?(?:отклонен\w*|удовлетворен\w*|отказано)(?![а-я])"),
}


# "His requests to call a lawyer were refused", "came for a scheduled meeting and was not
# admitted": a request or a plan that the act itself turns down is no unreal act.
_REFUSED_AT_END = re.compile(
    r"(?:refused|rejected|denied|ignored|turned\s+(?:down|away)|not\s+(?:admitted|allowed\s+in|"
    r"let\s+in)|unanswered|(?<![а-я])(?:отказа\w*|отклони\w*|не\s+(?:пустили|допустили|"
    r"пропустили)))$"
)


# What the charge was for ("charged … over a post") says what kind of prosecution it is;
# it neither hides the words of the charge nor is hidden by them.
_LAYERED = {"prosecution_speech"}


def find_acts(sentence: str, lang: str) -> list[ActMatch]:
    """Act-type matches in one sentence, in order, without negated or unreal ones."""
    lang = "ru" if lang in {"ru", "kk"} else "en"
    if sentence.rstrip(" »\"”'").endswith("?"):
        return []  # "Were you mistreated?", «Вас били?»: a question reports nothing
    folded = fold_for_matching(sentence)
    # The month ("In May two organisers …") is no "may" of possibility.
    modal_text = fold_for_matching(_MONTH_MAY.sub("Mai", sentence)) if lang == "en" else folded
    prior_injury = _PRIOR_INJURY[lang].search(folded)
    topic_lead = _TOPIC_LEAD[lang].search(folded)
    claimed: list[tuple[int, int]] = []
    found: list[ActMatch] = []
    for code, start, end in _candidates(folded, lang):
        if start == end:
            continue
        if code == "prosecution" and _CHARGE_PARTICIPLE.fullmatch(folded, start, end):
            continue
        if code in _LAYERED:
            if any(m.code == code and start < m.end and m.start < end for m in found):
                continue
        else:
            if any(start < e and s < end for s, e in claimed):
                continue
            claimed.append((start, end))
        clause = _clause_before(folded, start)
        if _is_negated(lang, clause, code) or _negative_subject(lang, folded[:start]):
            continue
        modal_clause = _ASIDE.sub(" ", _clause_before(modal_text, start))
        irrealis = _IRREALIS[lang].search(modal_clause)
        if (
            code != "threat"
            and irrealis is not None
            and not _REFUSED_AT_END.search(folded, start, end)
            # "A defence request … was refused at the hearing": the request was answered.
            and not _ANSWERED[lang].search(modal_clause, irrealis.end())
        ):
            continue
        if lang == "ru" and _QUESTION_PARTICLE.search(_clause_before(sentence, start)):
            continue
        if _FUTURE_AFTER[lang].match(folded, end) or (
            code == "court_hearing"
            and (
                _UNTIL.match(folded, end)
                or (_ADJOURNED.search(folded[start:end]) and _TO.match(folded, end))
            )
        ):
            continue
        if _NEGATED_AFTER[lang].match(folded[end : end + 60]):
            continue
        if _none_at_the_end(lang, folded, start, end):
            continue
        if _rumour_not_borne_out(lang, folded, start, end) or _refused(lang, folded, start, end):
            continue
        if prior_injury and code in _INJURY_CODES and start < prior_injury.end():
            continue
        if topic_lead is not None and start >= topic_lead.end():
            continue
        if code not in _SELF_CUED and _TOPICAL[lang].search(
            _RELATIVE_NEGATIVE.sub(" ", folded[max(0, start - 60) : start])
        ):
            continue
        if code not in _OFFENCE_SAFE and _OFFENCE_NAME[lang].search(
            folded[max(0, start - 60) : start]
        ):
            continue
        if (
            code == "prosecution"
            and not _PROSECUTION_TARGET[lang].search(folded)
            and _INCIDENT[lang].search(folded)
        ):
            continue
        hedged = bool(_HEDGE[lang].search(folded[:start]))
        before = folded[max(0, start - 20) : start]
        trace = bool(_TRACE[lang].search(before)) or (
            code == "physical_assault"
            and bool(_INJURY_WORDS.match(folded, start))
            and bool(_RECORDED[lang].search(folded[max(0, start - 80) : start]))
        )
        anaphoric = trace or code in _CONTINUING or bool(_ANAPHORA[lang].search(before))
        found.append(ActMatch(code, start, end, hedged, anaphoric, trace))
    # "The case was dropped": a prosecution mentioned in the same breath is not a new one.
    # A charge told with its own words ("charged in June with …, the case was closed") stays.
    if any(m.code == "charges_dropped" for m in found):
        found = [
            m
            for m in found
            if m.code != "prosecution" or not _CASE_WORD.search(folded[m.start : m.end])
        ]
        # "A case, opened in January over his video, was closed in May": the opening is
        # told with its own date, a happening of its own.
        opened = _OPENED_ON[lang].search(folded)
        if opened is not None and not any(m.code == "prosecution" for m in found):
            found.append(ActMatch("prosecution", opened.start(1), opened.end(1), False))
        # "The case for spreading false information was closed": the speech is the offence
        # of the dropped case, not a new prosecution.
        if not any(m.code == "prosecution" for m in found):
            found = [m for m in found if m.code != "prosecution_speech"]
    # "acquitted the blogger, who had been accused of …", «оправдал блогера, которого обвиняли
    # в …»: the charge in a clause about the person is the verdict's background, not a new act.
    if any(m.code in _VERDICTS for m in found):
        found = [
            m
            for m in found
            if m.code != "prosecution"
            or not _BACKGROUND_CLAUSE[lang].search(folded[max(0, m.start - 40) : m.start])
        ]
    # Speech as the offence marks the charge; a fine, a verdict or a summons in such a case
    # keeps its own type ("fined for spreading false information" is a fine).
    codes = {m.code for m in found}
    if "prosecution_speech" in codes and "prosecution" not in codes and len(codes) > 1:
        found = [m for m in found if m.code != "prosecution_speech"]
    found.sort(key=lambda m: m.start)
    return found
