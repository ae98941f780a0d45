"""Russian word lemmas from natasha's dictionary (pymorphy), cached per word form.

The act lexicon matches verbs and nouns by lemma, so «забрали», «заберут» and «забравшие»
are one entry, not a hand-written list of endings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["lemmas", "morph_vocab", "word_spans"]

_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    # Shared with the entity stage: one copy of the dictionary in memory.
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form the dictionary allows for ``word`` (lower case, ё as е).

    All readings, not just the likeliest: «стали» is both «стать» and «сталь», and an
    entry should match whichever one it names.
    """
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or not any("а" <= ch <= "я" for ch in word):
        return frozenset({word})
    return frozenset(p.normal_form.replace("ё", "е") for p in morph_vocab().parse(word)) | {word}


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the words of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]
