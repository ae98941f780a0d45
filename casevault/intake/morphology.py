"""Word lemmas, cached per word form: Russian from natasha's dictionary (pymorphy), English
from suffix rules and a short list of irregular verbs.

The act lexicon matches verbs and nouns by lemma, so «забрали», «заберут» and «забравшие»
are one entry, not a hand-written list of endings, and so are "question", "questions",
"questioned" and "questioning".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["english_lemmas", "lemmas", "morph_vocab", "word_spans"]

# Kazakh letters belong to words too: «Сәрсенбаеву» is one word, not three.
_WORD = re.compile(r"[а-яёәғқңөұүһіa-z0-9]+", re.IGNORECASE)


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


# Irregular forms the act lexicon needs; the suffix rules cover the regular ones.
_IRREGULAR = {
    "beat": "beat", "beaten": "beat", "broke": "break", "broken": "break", "brought": "bring",
    "caught": "catch", "drove": "drive", "driven": "drive", "found": "find", "fought": "fight", "froze": "freeze",
    "frozen": "freeze", "gave": "give", "given": "give", "got": "get", "gotten": "get",
    "held": "hold", "hit": "hit", "hung": "hang", "kept": "keep", "led": "lead", "left": "leave",
    "lost": "lose", "made": "make", "put": "put", "ran": "run", "sat": "sit", "seen": "see",
    "saw": "see", "sent": "send", "set": "set", "shot": "shoot", "shut": "shut", "slung": "sling",
    "sought": "seek", "spat": "spit", "spent": "spend", "stole": "steal", "stolen": "steal",
    "stood": "stand", "struck": "strike", "stricken": "strike", "swore": "swear", "sworn": "swear",
    "taken": "take", "took": "take", "told": "tell", "threw": "throw", "thrown": "throw",
    "tore": "tear", "torn": "tear", "went": "go", "gone": "go", "woke": "wake", "wrote": "write",
    "written": "write", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
    "being": "be", "am": "be", "has": "have", "had": "have", "did": "do", "does": "do",
    "done": "do", "said": "say", "paid": "pay", "laid": "lay", "men": "man", "women": "woman",
    "children": "child", "drew": "draw", "drawn": "draw", "bit": "bite", "bitten": "bite",
    "burnt": "burn", "hid": "hide", "hidden": "hide", "bound": "bind", "flung": "fling",
    "lit": "light", "shook": "shake", "shaken": "shake", "stuck": "stick", "swung": "swing",
    "withheld": "withhold", "forbade": "forbid", "forbidden": "forbid", "fled": "flee",
    "bent": "bend", "dealt": "deal", "rode": "ride", "ridden": "ride", "bled": "bleed", "spoke": "speak", "spoken": "speak", "came": "come", "became": "become", "tyres": "tyre", "lives": "life", "wives": "wife",
}  # fmt: skip
_VOWELS = set("aeiouy")


@lru_cache(maxsize=100_000)
def english_lemmas(word: str) -> frozenset[str]:
    """The word and every base form its ending allows ("questioned" → "question",
    "searches" → "search", "stopped" → "stop", "carried" → "carry").

    A rule may also make a form that is no word ("searche"); an entry names real lemmas,
    so such extra readings match nothing.
    """
    word = word.lower()
    found = {word}
    if word in _IRREGULAR:
        found.add(_IRREGULAR[word])
    for suffix in ("ing", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 2 or word.endswith("ss"):
            continue
        stem = word[: -len(suffix)]
        found.add(stem)
        if suffix in {"ed", "es"} and stem.endswith("i"):
            found.add(stem[:-1] + "y")  # carried, carries
        if suffix in {"ing", "ed"}:
            found.add(stem + "e")  # seized, seizing
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                found.add(stem[:-1])  # stopped, stopping
        if suffix == "ing" and stem.endswith("y") and len(stem) > 2:
            found.add(stem[:-1] + "ie")  # lying
    return frozenset(found)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the words of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]
