"""Parse a person's name (Russian or Kazakh, Cyrillic or Latin) into comparison features.

Names arrive in every order a source may use: «Семёнова Елена Викторовна» (official,
surname first), "Elena Semionova" (given first), "E. Semyonova", «Семенова Е.В.»,
«Нұрлан Жақсыбекұлы». We classify each token by what it looks like (an initial, a
patronymic suffix, a known given name, a surname suffix) and fall back on the position
only when the look is not enough.

The features are keys from ``casevault.lib.translit``, so a Cyrillic and a Latin spelling
of one name give the same feature values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from casevault.lib.translit import System, fold, loose_key, romanisation_system, token_key
from casevault.linkage.given_names import (
    Sex,
    canonical_of_key,
    given_name_sex,
    is_kazakh_given_key,
    is_known_given_key,
)

# Suffixes are matched on token keys (see translit.token_key): "ovna" covers -овна, -ovna,
# -owna; "uli"/"kizi" cover Kazakh -ұлы/-uly and -қызы/-qyzy/-kyzy.
_PATRONYMIC_MALE = ("ovich", "evich", "ich", "uli")
_PATRONYMIC_FEMALE = ("ovna", "evna", "ichna", "kizi")
_PATRONYMIC_KAZAKH = ("uli", "kizi")
_MIN_PATRONYMIC_LENGTH = 6  # "Kuzmich" yes, a four-letter "Ilich"-like surname no

# Surname endings after token_key, longest first; the stem is what a man and a woman of one
# family share: Семенов/Семенова → semenov, Вишневский/Вишневская → vishnevsk.
_SURNAME_STEMS: tuple[tuple[str, str, Sex | None], ...] = (
    ("tskaia", "tsk", "f"),
    ("tski", "tsk", "m"),
    ("skaia", "sk", "f"),
    ("ski", "sk", "m"),
    ("ova", "ov", "f"),
    ("eva", "ev", "f"),
    ("ina", "in", "f"),
    ("aia", "", "f"),  # Толстая
    ("oi", "", "m"),  # Толстой
    ("ov", "ov", "m"),
    ("ev", "ev", "m"),
    ("in", "in", "m"),
)
_SURNAME_LOOKS = tuple("ov ova ev eva in ina ski skaia oi aia enko uk ian".split())
# Endings that given names share (Polina, Marina; Aliia), weaker evidence of a surname than
# -ov/-ova, -sky or -enko when two unknown words both look like one.
_SURNAME_LOOKS_WEAK = ("ina", "aia", "oi", "uk", "ian")

_PIECE = re.compile(r"[^\s,;.()]+\.?")


@dataclass(frozen=True, slots=True)
class ParsedName:
    """One name, split into parts; every key is a translit key or None when unknown."""

    surname_key: str | None = None
    surname_stem: str | None = None
    given_key: str | None = None  # canonical key of the full given name
    given_initial: str | None = None
    patronymic_key: str | None = None
    patronymic_initial: str | None = None
    sex: Sex | None = None
    # The stem with z/s and zh/sh merged, and a j that nothing in the name decides read as ж
    # (see loose_key): a weaker agreement for "Sacharow" / «Захаров», "Jarylbolov" /
    # «Жарылболов». None when the stem has no sibilant.
    surname_loose: str | None = None

    @property
    def completeness(self) -> int:
        return sum(
            value is not None for value in (self.surname_key, self.given_key, self.patronymic_key)
        ) * 2 + sum(value is not None for value in (self.given_initial, self.patronymic_initial))


def surname_stem(key: str) -> tuple[str, Sex | None]:
    """Remove the gender ending from a surname key; also say which gender it showed."""
    for ending, stem_ending, sex in _SURNAME_STEMS:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: len(key) - len(ending)] + stem_ending, sex
    return key, None


def patronymic_sex(key: str) -> Sex | None:
    if len(key) < _MIN_PATRONYMIC_LENGTH:
        return None
    if key.endswith(_PATRONYMIC_FEMALE):
        return "f"
    if key.endswith(_PATRONYMIC_MALE):
        return "m"
    return None


def _looks_like_surname(key: str) -> bool:
    return key.endswith(_SURNAME_LOOKS)


def _surname_likeness(key: str) -> int:
    """2 for a strong surname ending (-ova, -ski, -enko), 1 for one given names share too."""
    if not key.endswith(_SURNAME_LOOKS):
        return 0
    return 1 if key.endswith(_SURNAME_LOOKS_WEAK) else 2


def _initial_of(key: str) -> str:
    return key[0]


@dataclass(frozen=True, slots=True)
class _Token:
    key: str
    is_initial: bool
    kazakh_key: str | None = None  # the key with j read as ж, when the name leaves j open


@lru_cache(maxsize=1 << 20)
def _token(piece: str, system: System | None = None) -> _Token | None:
    # Sources repeat the same words endlessly; keying a word is the slow part of parsing.
    word = piece.rstrip(".")
    key = token_key(word, system=system)
    if not key:
        return None
    letters = fold(word).replace(" ", "")
    # "Е." / "E" / "Yu." / "Zh." are initials; "Ли" without a dot is a name.
    is_initial = len(letters) == 1 or (piece.endswith(".") and len(letters) <= 2)
    return _Token(key=key, is_initial=is_initial)


def _tokens(name: str) -> list[_Token]:
    # Fresh objects: parse_name tells tokens apart by identity, and a name may repeat a word.
    pieces = _PIECE.findall(name)
    # One name is written in one system: what one word shows holds for the others.
    system = romanisation_system(name)
    if system is None and _looks_kazakh(name, pieces):
        system = "kazakh-latin"
    j_open = system is None and "j" in name.casefold()
    tokens: list[_Token] = []
    for piece in pieces:
        token = _token(piece, system)
        if token is None:
            continue
        kazakh_key = None
        if j_open and "j" in piece.casefold():
            kazakh = _token(piece, "kazakh-latin")
            kazakh_key = kazakh.key if kazakh is not None else None
        tokens.append(_Token(token.key, token.is_initial, kazakh_key))
    return tokens


def _looks_kazakh(name: str, pieces: list[str]) -> bool:
    """Whether a Latin name with no letter of a particular system is a Kazakh's, so that a
    j in it is ж as Kazakh Latin writes it ("Bauyrjan Jarylbolov") rather than a й-glide.

    The evidence is a Kazakh patronymic (-uly, -qyzy) or a given name that marks a Kazakh.
    Without it j stays a й-glide ("Jelena"); "Jandos" alone is found by the given-name table
    either way.
    """
    if "j" not in name.casefold():
        return False
    for piece in pieces:
        token = _token(piece, None)
        if token is None or token.is_initial:
            continue
        if is_kazakh_given_key(token.key) or (
            len(token.key) >= _MIN_PATRONYMIC_LENGTH and token.key.endswith(_PATRONYMIC_KAZAKH)
        ):
            return True
    return False


def parse_name(name: str) -> ParsedName:
    """Split one written name into surname, given name, patronymic and initials."""
    tokens = _tokens(name)
    initials = [_initial_of(token.key) for token in tokens if token.is_initial]
    words = [token for token in tokens if not token.is_initial]

    patronymic: _Token | None = None
    if len(words) >= 2:
        # A patronymic never opens a name (S G P, G P S, G P): a first word in -ович is a
        # surname, as in «Садович Владимир».
        for token in reversed(words[1:]):
            if patronymic_sex(token.key) is not None:
                patronymic = token
                break
    rest = [token for token in words if token is not patronymic]

    given: _Token | None = None
    surname: _Token | None = None
    known = [token for token in rest if is_known_given_key(token.key)]
    if len(rest) == 1:
        # A lone word next to initials, or alone, is a surname («Семенова Е.»); next to a
        # patronymic it is a given name («Елена Викторовна»).
        if known and patronymic is not None and not initials:
            given = rest[0]
        else:
            surname = rest[0]
    elif rest:
        if known:
            # Prefer a known given name that does not also look like a surname.
            given = next((t for t in known if not _looks_like_surname(t.key)), known[0])
        others = [token for token in rest if token is not given]
        if given is None:
            likeness = [_surname_likeness(token.key) for token in others]
            if max(likeness) > 0:
                # The most surname-like word; on a tie, the first («Носина Полина»).
                surname = others[likeness.index(max(likeness))]
            elif patronymic is not None and words[-1] is patronymic:
                surname = others[0]  # official order: surname, given name, patronymic
            else:
                surname = others[-1]  # Western order: given name(s), surname
            given = next(token for token in others if token is not surname)
        else:
            surname_like = [token for token in others if _looks_like_surname(token.key)]
            surname = surname_like[0] if surname_like else others[0]

    given_key = canonical_of_key(given.key) if given is not None else None
    if patronymic is not None and surname is None and given_key is not None:
        # «Шубович Ольга»: a woman's name beside a man's "patronymic" — it is a surname.
        given_sex = given_name_sex(given_key)
        if given_sex is not None and given_sex != patronymic_sex(patronymic.key):
            surname, patronymic = patronymic, None
    given_initial = _initial_of(given_key) if given_key else None
    patronymic_initial = _initial_of(patronymic.key) if patronymic is not None else None
    if given_initial is None and initials:
        given_initial = initials.pop(0)
    if patronymic_initial is None and initials:
        patronymic_initial = initials.pop(0)

    surname_key = surname.key if surname is not None else None
    stem, surname_sex = surname_stem(surname_key) if surname_key else (None, None)
    loose = None
    if surname is not None:
        loose = loose_key(surname_stem(surname.kazakh_key or surname.key)[0])
        if "s" not in loose:
            # No sibilant: the loose key is the stem and adds nothing. Leaving it out keeps
            # the blocking rule on it from pairing every Ivanov with every Ivanov again.
            loose = None
    sex = (
        (patronymic_sex(patronymic.key) if patronymic is not None else None)
        or (given_name_sex(given_key) if given_key else None)
        or surname_sex
    )
    return ParsedName(
        surname_key=surname_key,
        surname_stem=stem,
        given_key=given_key,
        given_initial=given_initial,
        patronymic_key=patronymic.key if patronymic is not None else None,
        patronymic_initial=patronymic_initial,
        sex=sex,
        surname_loose=loose,
    )


def merge_parsed(names: Iterable[ParsedName]) -> ParsedName:
    """One set of features for a record with several names: the most complete name wins,
    and its gaps are filled from the others (a record may give «Семенова Е.» in Cyrillic and
    "Elena Semenova" in Latin)."""
    ordered = sorted(names, key=lambda parsed: parsed.completeness, reverse=True)
    if not ordered:
        return ParsedName()
    merged = ordered[0]
    for other in ordered[1:]:
        merged = replace(
            merged,
            **{
                field: getattr(other, field)
                for field in ParsedName.__dataclass_fields__
                if getattr(merged, field) is None and getattr(other, field) is not None
            },
        )
    return merged
