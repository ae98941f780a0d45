"""Russian and Kazakh personal names: their gender and their nominative.

natasha finds a name in whatever case the sentence puts it («Анаре Ибраевой», «осуждённого
Ерлана Жумабекова»); these rules read its gender from the given name, the patronymic, the
surname's ending and the words around it, and put it in the nominative with pymorphy's
dictionary. Pure functions: they need the dictionary, not the tagger.
"""

from __future__ import annotations

import re
from typing import Any

from casevault.intake.morphology import morph_vocab

__all__ = [
    "FEMALE_PATRONYMIC", "FEMININE_OBLIQUE", "JOINED_INITIALS", "MALE_PATRONYMIC",
    "SURNAME_SHAPE", "case_hint", "is_known_name", "is_place_word", "patronymic_nominative",
    "russian_person_name", "surname_stem",
]  # fmt: skip

FEMALE_PATRONYMIC = ("вна", "чна", "кызы", "қызы")
MALE_PATRONYMIC = ("вич", "ьич", "улы", "ұлы", "ули")


def _gender_of(parses: list[list[Any]]) -> str | None:
    """The gender of a name, read from its given name or patronymic.

    A reading in the nominative wins («Альмира» is a woman, not the genitive of Альмир).
    """
    for wanted in ("nomn", None):
        for token_parses in parses:
            for parse in token_parses:
                tag = parse.tag
                if ("Name" in tag or "Patr" in tag) and (wanted is None or wanted in tag):
                    if "femn" in tag:
                        return "femn"
                    if "masc" in tag:
                        return "masc"
    return None


def _gender_of_ia_name(token: str, parses: list[Any]) -> str | None:
    """«Дмитрия», «Виталия» (a man's name in -ий, declined) against «Юлия», «Мария»: the
    likelier reading wins, not the nominative one."""
    if not token.lower().endswith("ия"):
        return None
    score = {"masc": 0.0, "femn": 0.0}
    for parse in parses:
        if "Name" in parse.tag:
            for gender in score:
                if gender in parse.tag:
                    score[gender] += parse.score
    if score["masc"] == score["femn"]:
        return None
    return "masc" if score["masc"] > score["femn"] else "femn"


_RU_VOWELS = ("а", "я", "е", "ё", "и", "ы", "о", "у", "ю", "э")

_FEMALE_SURNAME_ENDINGS = (
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
    ("ову", "ова"), ("еву", "ева"), ("ёву", "ёва"), ("ину", "ина"), ("ыну", "ына"),
    ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
)  # fmt: skip
_MALE_SURNAME_ENDINGS = (
    ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
    ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
    ("ове", "ов"), ("еве", "ев"), ("ине", "ин"),
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
)  # fmt: skip


SURNAME_SHAPE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|овой|евой|ёвой|иной|ыной|ову|еву|ёву|ину|ыну|"
    r"овым|евым|ёвым|иным|ыным|ове|еве|ине|ский|ская|ского|ской|скую|скому|ским|ском|"
    r"цкий|цкая|цкого|цкой|цкую|цкому|цким|цком)$"
)


def _surname_nominative(token: str, gender: str | None) -> str:
    lower = token.lower()
    if gender is None and lower.endswith(("ского", "цкого", "скому", "цкому")):
        gender = "masc"  # «О. Ставицкого»: only a man's surname ends so
    if gender == "femn":
        for ending, nominative in _FEMALE_SURNAME_ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                return token[: -len(ending)] + nominative
    if gender == "masc":
        for ending, nominative in _MALE_SURNAME_ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                return token[: -len(ending)] + nominative
    return token


_PATRONYMIC_CASE = re.compile(r"(?<=[а-яё]{3})(?:(ви)(?:ча|чу|чем|че)|(вн)(?:ы|е|у|ой))$")


def patronymic_nominative(token: str) -> str:
    """«Маратовича» → «Маратович», «Сергеевной» → «Сергеевна»."""
    match = _PATRONYMIC_CASE.search(token.lower())
    if match is None:
        return token
    return token[: match.start()] + ("вич" if match.group(1) else "вна")


_DECLINED_OR_FEMININE_SURNAME = (
    "ову", "еву", "ину", "овой", "евой", "иной", "ова", "ева", "ёва", "ина", "ына",
)  # fmt: skip


def _undeclined_given_name_gender(tokens: list[str]) -> str | None:
    """«Жанар Оспанову», «Гульжан Сейтказиеву»: a man's given name in a consonant would
    decline with his surname («Жанару Оспанову»); one left as it is belongs to a woman,
    whatever the dictionary says the name usually is."""
    if (
        len(tokens) == 2
        and not tokens[0].lower().endswith(_RU_VOWELS + ("ь", "й"))
        and tokens[-1].lower().endswith(_DECLINED_OR_FEMININE_SURNAME)
    ):
        # «Меруерт Жексенбаева» too: a man's genitive would be «Меруерта Жексенбаева».
        return "femn"
    return None


FEMININE_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой")
JOINED_INITIALS = re.compile(r"(?:[А-ЯЁ]\.){1,2}[А-ЯЁ]\.?")


def _feminine_surname_case(tokens: list[str]) -> str | None:
    """«Анаре Ибраевой», «Сауле Нурпеисовой»: -овой, -иной, -ской are a woman's surname in
    any case (a man's would be -овым, -иным, -ским), whatever the given name reads as."""
    if tokens and tokens[-1].lower().endswith(FEMININE_OBLIQUE):
        return "femn"
    return None


def _patronymic_gender(tokens: list[str]) -> str | None:
    for token in tokens[1:]:
        lower = token.lower()
        if lower.endswith(("вич", "ьич")):
            return "masc"
        if lower.endswith(("вна", "чна", "кызы", "қызы")):
            return "femn"
        if lower.endswith(("улы", "ұлы", "ули")):
            return "masc"
    return None


def _given_name_first(tokens: list[str]) -> list[str]:
    """Official order «Бекова Нурлана Ерболовича» (surname, name, patronymic) → name first."""
    if len(tokens) != 3 or not SURNAME_SHAPE.search(tokens[0].lower()):
        return tokens
    patronymic = patronymic_nominative(tokens[2]).lower()
    if not patronymic.endswith(MALE_PATRONYMIC + FEMALE_PATRONYMIC):
        return tokens
    return [tokens[1], tokens[2], tokens[0]]


def russian_person_name(
    tokens: list[str], gender_hint: str | None = None, case_hint: str | None = None
) -> str:
    """Put a Russian (or Kazakh) name in the nominative: «Елену Семёнову» → «Елена Семёнова».

    ``gender_hint`` comes from the verb after the name («Жанар Кемелбаева сообщила»);
    ``case_hint`` from the word before it, which agrees with it («осуждённого Ерлана
    Жумабекова», «сестра Меруерт Жексенбаева»).
    """
    morph = morph_vocab()
    tokens = _given_name_first(tokens)
    tokens = [patronymic_nominative(token) for token in tokens]
    parses = [list(morph.parse(token)) for token in tokens]
    if gender_hint == "femn" and len(tokens) >= 2:
        if tokens[-1].lower().endswith(("ова", "ева", "ёва", "ина", "ына", "ская")):
            return " ".join(tokens)  # a woman's name in the nominative already
    known_given = any("Name" in p.tag for p in parses[0]) if parses else False
    if (
        len(tokens) >= 2
        and not known_given
        and tokens[0].lower().endswith(("а", "я"))
        and tokens[-1].lower().endswith(("ова", "ева", "ёва", "ина", "ына", "ская"))
    ):
        # «Асия Ермекова»: a given name the dictionary lacks, with a surname in the
        # feminine nominative; the genitive of a man's name would have a known given name.
        return " ".join(tokens)
    # The given name tells the gender best: «Дмитрия Ли» is a man even if «Ли» reads as a
    # woman's name.
    # A patronymic is never ambiguous («Нурлана Ерболовича» is a man though «Нурлана»
    # also reads as a woman's name).
    gender = (
        _patronymic_gender(tokens)
        or _undeclined_given_name_gender(tokens)
        or _feminine_surname_case(tokens)
        or case_hint
        or _gender_of_ia_name(tokens[0], parses[0])
        or _gender_of(parses[:1])
        or _gender_of(parses)
    )
    if (
        gender is None
        and len(tokens) >= 2
        and not known_given
        and not tokens[0].lower().endswith(_RU_VOWELS)
        and tokens[-1].lower().endswith(("ову", "еву", "ину", "овой", "евой", "иной"))
    ):
        # «Жанар Оспанову»: a man's given name would decline with his surname («Жанара
        # Оспанова»); one left as it is belongs to a woman.
        gender = "femn"
    if gender is None:
        for token in tokens:
            lower = token.lower()
            if lower.endswith(FEMALE_PATRONYMIC):
                gender = "femn"
            elif lower.endswith(MALE_PATRONYMIC):
                gender = "masc"
    out: list[str] = []
    for token, token_parses in zip(tokens, parses, strict=True):
        if token.lower().endswith(("кызы", "қызы", "улы", "ұлы")):
            out.append(token)
            continue
        if SURNAME_SHAPE.search(token.lower()):
            out.append(_surname_nominative(token, gender))
            continue
        if gender == "femn" and not token.lower().endswith(_RU_VOWELS + ("ь",)):
            out.append(token)  # «Гульнар Бейсеновой»: a woman's name in a consonant stays
            continue
        chosen = None
        if any(
            ("Name" in p.tag or "Patr" in p.tag)
            and "nomn" in p.tag
            and "sing" in p.tag
            and (gender is None or gender in p.tag)
            for p in token_parses
        ):
            out.append(token)
            continue
        for parse in token_parses:
            tag = parse.tag
            if ("Name" in tag or "Patr" in tag) and (gender is None or gender in tag):
                chosen = parse
                break
        if chosen is not None:
            from pymorphy2.analyzer import Parse

            inflected = Parse.inflect(chosen, {"nomn", "sing"}) or Parse.inflect(chosen, {"nomn"})
            word = inflected.word if inflected is not None else chosen.normal_form
            if "ё" not in token.lower():
                word = word.replace("ё", "е")
            out.append(word[:1].upper() + word[1:])
            continue
        if (
            gender == "masc"
            and not out
            and len(tokens) > 1
            and token.endswith("а")
            and _surname_nominative(tokens[-1], gender) != tokens[-1]
        ):
            # «Жұмабекова Нұрлана Серікұлы»: a man's given name the dictionary lacks, in the
            # genitive with his surname.
            out.append(token[:-1])
            continue
        out.append(_surname_nominative(token, gender))
    if gender == "masc" and len(out) >= 2:
        # «Глебу Мартынюку»: a man's surname in a consonant declines like his given name.
        ending = tokens[0][len(out[0]) :].lower() if tokens[0].startswith(out[0]) else ""
        last = out[-1]
        if (
            ending in {"а", "у", "ом", "е"}
            and last.lower().endswith(ending)
            and len(last) > len(ending) + 2
            and not SURNAME_SHAPE.search(last.lower())
            and last[-len(ending) - 1].lower() not in _RU_VOWELS + ("ь", "й")
        ):
            out[-1] = last[: -len(ending)]
    return " ".join(out)


def is_place_word(word: str) -> bool:
    """A lone word natasha called a person but the dictionary knows only as a place."""
    morph = morph_vocab()
    parses = list(morph.parse(word))
    named = any("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag for p in parses)
    return not named and any("Geox" in p.tag for p in parses)


# The word before a name agrees with it: a masculine adjective or participle in the genitive
# («осуждённого», «известного»), a feminine participle («задержанной»), or a kinship or
# role word that has a gender («сестра», «журналистке», «брату»).
_BEFORE_MASC = re.compile(
    r"(?<![а-яё])(?:(?!(?:его|него|того|всего|чего|кого|сего|ему|нему|кому|тому|всему|"
    r"чему|своему|моему|нашему|вашему)\s)[а-яё]{2,}(?:ого|его|ому|ему)|"
    # «к жителю Оренбурга Руслану Галиеву»: a man's role, then perhaps a place
    r"(?:жител[юяь]|гражданин[ау]?|уроженц[уае]|уроженец)(?:\s+[а-яё]+)?|"
    r"брат[аеу]?|отц[аеу]|отец|муж[аеу]?|сын[аеу]?|супруг[аеу]?|дед[аеу]?|"
    r"активист[аеу]?|журналист[аеу]?|блогер[аеу]?)\s+$"
)
# A role in the genitive before a surname in -ова, -ина: «прокурора Гусейнова Р. Т.», «судей
# Мусина Р. Ф.» are men (hers would be «Гусейновой»); «адвоката Петрову» is her accusative.
_BEFORE_ROLE_GENITIVE = re.compile(
    r"(?<![а-яё])(?:прокурора|защитника|адвоката|следователя|судьи|судей|истца|ответчика|"
    r"свидетеля|заявителя|эксперта|секретаря|начальника|сотрудника|инспектора|"
    r"дознавателя)\s+$"
)
_BEFORE_FEMN = re.compile(
    r"(?<![а-яё])(?:[а-яё]{2,}(?:нной|вшей|щей)|сестр[аеуы]|мать|матер[иь]|жен[аеуы]|"
    r"доч(?:ь|ери)|супруг[аиеу]|вдов[аеуы]|бабушк[аеуи]|внучк[аеуи]|"
    r"(?:журналист|активист|блогер|правозащитниц|студент|пенсионер|гражданк)\w*(?<=к[аеуи])|"
    r"правозащитниц[аеуы]|блогерш[аеуи])\s+$"
)


def case_hint(text: str, start: int) -> str | None:
    before = text[max(0, start - 30) : start].lower().replace("ё", "е")
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    if _BEFORE_FEMN.search(before):
        return "femn"
    if _BEFORE_MASC.search(before):
        return "masc"
    if _BEFORE_ROLE_GENITIVE.search(before) and re.match(
        r"(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+[ая](?![а-яё])", text[start:]
    ):
        return "masc"
    return None


def surname_stem(surname: str) -> str:
    return surname[:-1] if surname.endswith(("а", "я")) else surname


def is_known_name(word: str) -> bool:
    morph = morph_vocab()
    return any("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag for p in morph.parse(word))
