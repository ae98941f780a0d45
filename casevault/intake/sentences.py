"""Split normalised text into sentences that keep their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# Words after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = {
    # English
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "art",
    "arts",
    "para",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "cf",
    "approx",
    "gen",
    "col",
    "lt",
    "capt",
    "sgt",
    "maj",
    "rev",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "govt",
    "p",
    "pp",
    "ch",
    "vol",
    "fig",
    "ed",
    # Russian
    "г",
    "гг",
    "ул",
    "д",
    "кв",
    "им",
    "т",
    "тт",
    "см",
    "ст",
    "ч",
    "п",
    "пп",
    "стр",
    "обл",
    "р",
    "рр",
    "пр",
    "просп",
    "пер",
    "тыс",
    "млн",
    "млрд",
    "руб",
    "др",
    "проф",
    "т.е",
    "т.д",
    "т.п",
    "т.к",
    "н.э",
    "гр",
    "гражд",
    "пос",
    "с",
    "р-н",
    "ред",
    "изд",
    "напр",
    "тел",
    "янв",
    "фев",
    "февр",
    "апр",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "нояб",
    "дек",
    "ук",
    "коап",
}

_END = re.compile(r"[.!?…]+[»\"”’')\]]*")
_NEXT_START = re.compile(r"\s+(?=[«\"“'(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9—–-])")


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation or an initial."""
    match = re.search(r"([\w.\-]+)$", line[:dot])
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isalpha():
        # An initial ("A. Petrov", «Е. Семёнова») or a one-letter abbreviation.
        return True
    return word.lower() in ABBREVIATIONS


def _split_line(line: str, offset: int, paragraph: int) -> list[Sentence]:
    out: list[Sentence] = []
    begin = 0
    for match in _END.finditer(line):
        stop = match.end()
        if match.group(0).startswith(".") and len(match.group(0).rstrip("»\"”’')]")) == 1:
            if _is_abbreviation(line, match.start()):
                continue
        following = _NEXT_START.match(line, stop)
        if following is None:
            continue
        piece = line[begin:stop].strip()
        if piece:
            lead = len(line[begin:stop]) - len(line[begin:stop].lstrip())
            out.append(
                Sentence(
                    offset + begin + lead, offset + begin + lead + len(piece), piece, paragraph
                )
            )
        begin = following.end()
    piece = line[begin:].strip()
    if piece:
        lead = len(line[begin:]) - len(line[begin:].lstrip())
        out.append(
            Sentence(offset + begin + lead, offset + begin + lead + len(piece), piece, paragraph)
        )
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; every ``text[s.start:s.end] == s.text``.

    A line break always ends a sentence: the readers have already joined wrapped lines,
    and chronologies put one dated item on each line. ``paragraph`` counts blank-line
    separated blocks, so later stages know which sentences belong together.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    for line in text.split("\n"):
        if not line.strip():
            paragraph += 1
        else:
            sentences.extend(_split_line(line, position, paragraph))
        position += len(line) + 1
    return sentences
