"""Transliteration and matching keys for person names in Cyrillic (Russian, Kazakh) and Latin.

Four layers, each built on the previous one:

- ``fold``: Unicode clean-up that any comparison wants (NFKC, casefold, ё→е, no diacritics,
  no punctuation, single spaces).
- ``to_latin``: one deterministic romanisation of Russian and Kazakh Cyrillic, close to the
  passport (ICAO) practice of both countries; Latin text passes through folded.
- ``token_key``: a phonetic-ish skeleton of one name token, so that the spellings produced by
  the usual transliteration systems (BGN/PCGN, ICAO, ISO 9, German and Polish habits, Kazakh
  Latin 2021) of one Cyrillic name collapse to one key.
- ``name_key``: the key of a whole name: its token keys, sorted, so that surname-first and
  given-first orders agree.

Keys are for matching and blocking only; they are deliberately lossy and never shown to users.
Everything here is pure and total: any ``str`` goes in, a ``str`` comes out.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

__all__ = [
    "System",
    "fold",
    "loose_key",
    "name_key",
    "romanisation_system",
    "to_latin",
    "token_key",
]

# Romanisations whose habits change what a Latin letter stands for (see token_key).
System = Literal["kazakh-latin", "german", "iso9"]

# Latin letters that Unicode does not decompose into base + mark, and Latin letters whose
# diacritic carries a sound (ISO 9 and Kazakh Latin use š ž č ş ç for ш ж ч ш ч): stripping
# the mark would turn «Šukšin» into "sukshin".
_LATIN_SPECIAL = str.maketrans(
    {
        "š": "sh",
        "ž": "zh",
        "č": "ch",
        "ş": "sh",
        "ç": "ch",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)

_COMBINING_BREVE = "\u0306"

# Russian letters as in the Russian passport (ICAO 9303 practice since 2013) except ц→ts and
# й→y, which is what most media and NGO reports use; Kazakh letters as in Kazakh passports.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        # Kazakh
        "ә": "a",
        "ғ": "g",
        "қ": "k",
        "ң": "n",
        "ө": "o",
        "ұ": "u",
        "ү": "u",
        "һ": "h",
        "і": "i",
        # Ukrainian and Belarusian letters that turn up in names from the region
        "є": "ye",
        "ї": "yi",
        "ґ": "g",
        "ў": "u",
    }
)

_SPACES = re.compile(r"\s+")
_NOT_LATIN_LETTER = re.compile(r"[^a-z]+")

# Multi-letter spellings of one sound, replaced by a one-character placeholder (upper case
# cannot occur in folded text) so that later single-letter rules cannot split them again.
# Order matters: longer spellings first.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "S"),
    ("tsch", "C"),  # German: Tschernow
    ("sch", "S"),
    ("tch", "C"),  # French: Tchaikovski
    ("dzh", "Z"),
    ("ch", "C"),
    ("sh", "S"),
    ("zh", "Z"),
    ("dj", "Z"),  # Djamila / Джамиля
    ("kh", "H"),
    ("gh", "g"),  # Kazakh ғ sometimes written gh
    ("ph", "f"),
    ("th", "t"),
    ("ts", "T"),
    ("tz", "T"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),  # German: Semjonowa
    ("q", "k"),
)
# Letters of the Kazakh Latin alphabets that Russian transliterations never use; seen before
# folding strips their marks. (ş is the 2021 alphabet's ш; ISO 9 writes š.)
_KAZAKH_LATIN_MARKS = frozenset("ğñūıäöüş")
# German writes в as w and ш, ж as sch; ISO 9 has the háčeks š ž č (Kazakh Latin has ş).
_GERMAN = re.compile(r"w|sch")
_ISO9 = re.compile(r"[šžč]")
_PLACEHOLDER_OUT = str.maketrans({"S": "sh", "C": "ch", "Z": "zh", "H": "h", "T": "ts"})
_C_SOFT = re.compile(r"c(?=[eiy])")
_DOUBLE = re.compile(r"(.)\1+")
_I_BEFORE_O = re.compile(r"i+o")
_I_BEFORE_E = re.compile(r"i+e")
_OFF_ENDING = re.compile(r"of$")


def _collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category[0] in "PSZC":
        return " "
    return char


def fold(text: str) -> str:
    """NFKC, casefold, ё→е, strip diacritics and punctuation, collapse spaces.

    «й» keeps its breve (it is a different letter, not a decorated «и»); apostrophes are
    removed without a space, so "O'Neil" and "ONeil" fold alike; other punctuation
    (hyphens too) becomes a space.
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LATIN_SPECIAL)
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char):
            if char == _COMBINING_BREVE and kept and kept[-1] == "и":
                kept.append(char)
            continue
        if char in "'’ʼ`´ʻ":
            continue
        kept.append(_fold_char(char))
    # Again after stripping marks: «ǽ» only becomes «æ» here.
    recomposed = unicodedata.normalize("NFC", "".join(kept)).translate(_LATIN_SPECIAL)
    return _collapse_spaces(recomposed)


def to_latin(text: str) -> str:
    """Fold, then romanise Russian and Kazakh Cyrillic; other characters pass through."""
    return _collapse_spaces(fold(text).translate(_CYRILLIC_TO_LATIN))


def _shows_kazakh_latin(folded: str) -> bool:
    return "q" in folded or not _KAZAKH_LATIN_MARKS.isdisjoint(folded)


def romanisation_system(text: str) -> System | None:
    """The romanisation a Latin text shows by letters that only it uses, or None.

    Kazakh Latin: q, ğ, ñ, ū, ı, ä, ö, ü, ş ("Jaqsybekov"); German: w or sch ("Semjonowa");
    ISO 9: š, ž, č ("Romanovič"). One name is written in one system, so what one word shows
    holds for the others ("Janhan Däuletūly": j is ж in "Janhan" too).
    """
    folded = text.casefold()
    if _shows_kazakh_latin(folded):
        return "kazakh-latin"
    if _GERMAN.search(folded):
        return "german"
    if _ISO9.search(folded):
        return "iso9"
    return None


def token_key(token: str, *, system: System | None = None) -> str:
    """Skeleton of one name token: equal for the usual spellings of one Cyrillic name.

    Only a-z survive; a token in another script gives "". The rules, in order:
    ch/tch/tsch, sh/sch/shch, zh/dzh/dj, kh/h, ts/tz/c(e,i), x/ks, w/v, q/k collapse;
    y/j become i; doubled letters collapse; io/yo/jo and ie/ye/je become e (ё and е);
    -ij/-iy/-y/-ii endings therefore all end in i; a final -off is -ov.

    ``system`` is the romanisation the caller recognised in the whole name (see
    ``romanisation_system``); a token that shows Kazakh Latin letters itself is read so
    anyway. Kazakh Latin writes ж as j (elsewhere j is a й-glide, as German and ISO 9 write
    it); German writes х as ch and ц as z ("Charitonow", "Rumjanzew"); ISO 9 writes ц as c
    before any letter ("Coj").
    """
    latin = _NOT_LATIN_LETTER.sub("", to_latin(token))
    if not latin:
        return ""
    if system is None and _shows_kazakh_latin(token.casefold()):
        system = "kazakh-latin"
    if system == "kazakh-latin":
        # Kazakh Latin (2017/2021 alphabets): j is ж, as in "Jaqsybekov" for Жақсыбеков.
        latin = latin.replace("j", "zh")
    elif system == "german":
        # German writes ч tsch, ш sch, х ch and ц z: "Tschudin", "Charitonow", "Rumjanzew".
        latin = latin.replace("tsch", "C").replace("sch", "S").replace("ch", "H")
        latin = latin.replace("z", "T")
    for spelling, placeholder in _DIGRAPHS:
        latin = latin.replace(spelling, placeholder)
    if system == "iso9":
        latin = latin.replace("c", "T")  # ч is č, folded to ch above; a lone c is ц
    latin = _C_SOFT.sub("T", latin).replace("c", "k")
    latin = latin.replace("y", "i").replace("j", "i")
    latin = _DOUBLE.sub(r"\1", latin)
    latin = _I_BEFORE_E.sub("e", _I_BEFORE_O.sub("e", latin))
    latin = _DOUBLE.sub(r"\1", latin)
    latin = _OFF_ENDING.sub("ov", latin)
    return latin.translate(_PLACEHOLDER_OUT)


def loose_key(key: str) -> str:
    """A coarser form of a ``token_key`` for comparing, never for identity: voiced and
    voiceless sibilants merge (z and s, zh and sh). German writes з as s and both ж and ш as
    sch, so "Sacharow" and «Захаров», "Schidkow" and «Жидков» differ only there; so do a few
    different names (Зубов and Субов), which is why this is a weaker agreement, not a key."""
    return key.replace("zh", "sh").replace("z", "s")


def name_key(name: str) -> str:
    """Key of a whole name: the token keys, sorted and joined by one space.

    Sorting makes "Семёнова Елена" and "Elena Semionova" agree; initials stay as one-letter
    tokens, so "Е. Семенова" and "Elena Semenova" do *not* share a key (that needs the
    richer comparison in ``casevault.linkage.names``).
    """
    keys = (token_key(token) for token in fold(name).split(" "))
    return " ".join(sorted(key for key in keys if key))
