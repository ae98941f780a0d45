"""Text processing for search: the same tokens go into the index and into every query.

Both databases only ever see tokens made here, so SQLite FTS5 and PostgreSQL match alike
and neither needs a Russian dictionary of its own. For each word of a record we index:

- the folded word (``casevault.lib.translit.fold``: lower case, ё→е, no diacritics);
- its Snowball stem (Russian for Cyrillic words, English for Latin ones; a few irregular
  English participles first go to their base form: beaten → beat);
- its transliteration key (``token_key``), so that «Семёнова», Semenova, Semyonova and
  Semionova share one token.

A query word becomes a group of alternatives, any of which may match: the folded word, its
stem, its key, and prefixes that catch other word forms — the shortest stem
(«задержана» → задержа*, which also finds «задержание», «задержали»), and the key without
its final vowels (Semenova → semenov*, which finds «Семёнову» in a statement). The groups
are ANDed; the last word is also a prefix, for typing. Everything is pure and total.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from casevault.lib.translit import fold, token_key

__all__ = ["Query", "index_terms", "parse_query", "words"]

# Longer tokens are cut: PostgreSQL refuses lexemes over 2 KiB, and nobody types them.
MAX_TOKEN = 60
# One entry's distinct tokens; PostgreSQL's tsvector holds at most 1 MiB.
MAX_TERMS = 20_000
# A prefix shorter than this matches too much to be useful (and is slow).
MIN_PREFIX = 4
MIN_TYPING_PREFIX = 2

# Words too common to narrow a search; dropped from the index and from queries alike.
STOPWORDS = frozenset(
    """
    a an and are as at be been by for from had has have he her his in is it its of on or
    she that the their they this to was were which with
    а в во где да для до же за и из или к как ко ли на над не ни но о об обо от по под при
    с со то у что это
    """.split()
)

# Participles Snowball's English stemmer leaves alone, common in testimony.
_EN_IRREGULAR = {
    "beaten": "beat",
    "bitten": "bite",
    "broken": "break",
    "brought": "bring",
    "caught": "catch",
    "driven": "drive",
    "fought": "fight",
    "held": "hold",
    "hidden": "hide",
    "hit": "hit",
    "kept": "keep",
    "left": "leave",
    "lost": "lose",
    "sent": "send",
    "shot": "shoot",
    "shaken": "shake",
    "stolen": "steal",
    "struck": "strike",
    "taken": "take",
    "thrown": "throw",
    "threw": "throw",
    "told": "tell",
    "took": "take",
    "torn": "tear",
    "written": "write",
}
_VOWELS = "aeiouy"


@lru_cache(maxsize=2)
def _stemmer(language: str) -> snowballstemmer.Stemmer:  # type: ignore[name-defined]
    return snowballstemmer.stemmer(language)


def _script(word: str) -> str:
    for char in word:
        if "а" <= char <= "я" or char in "ёәғқңөұүһі":
            return "cyrl"
    return "latn" if any("a" <= char <= "z" for char in word) else "other"


def words(text: str) -> list[str]:
    """Folded words: letters and digits only, no stopwords, each at most MAX_TOKEN long."""
    folded = "".join(char if char.isalnum() else " " for char in fold(text))
    return [w[:MAX_TOKEN] for w in folded.split() if w not in STOPWORDS]


@lru_cache(maxsize=50_000)
def _stems(word: str) -> tuple[str, ...]:
    """The word's stems, most specific first (the Snowball stem, then a shorter one)."""
    script = _script(word)
    if script == "cyrl":
        ru = _stemmer("russian")
        first = ru.stemWord(word)
        # Snowball keeps derivational suffixes («задержание» → задержан); a second pass
        # reaches the stem the verb forms share (задержа).
        return (first, ru.stemWord(first))
    if script == "latn" and word.isalpha():
        en = _stemmer("english")
        base = _EN_IRREGULAR.get(word, word)
        return (en.stemWord(base),)
    return ()


@lru_cache(maxsize=50_000)
def _key(word: str) -> str:
    # Keys keep letters only: "protocol0012" would become "protokol" and match every
    # protocol number, so words with digits have no key.
    return token_key(word)[:MAX_TOKEN] if word.isalpha() else ""


def word_forms(word: str) -> set[str]:
    """What the index holds for one folded word."""
    forms = {word, *_stems(word)[:1]}
    key = _key(word)
    if key:
        forms.add(key)
    return {f for f in forms if f}


def index_terms(*texts: str) -> str:
    """The space-separated tokens an entry is indexed under (distinct, capped)."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in words(text or ""):
            for form in sorted(word_forms(word)):
                seen.setdefault(form, None)
                if len(seen) >= MAX_TERMS:
                    return " ".join(seen)
    return " ".join(seen)


@dataclass(frozen=True)
class Alternative:
    token: str
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: a list of groups; every group must match, any alternative in it."""

    groups: tuple[tuple[Alternative, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.groups)

    def fts5(self) -> str:
        """FTS5 MATCH syntax. Tokens are letters and digits only, so quoting is safe."""
        return " AND ".join(
            "(" + " OR ".join(f'"{a.token}"' + ("*" if a.prefix else "") for a in group) + ")"
            for group in self.groups
        )

    def tsquery(self) -> str:
        """PostgreSQL tsquery syntax, lexemes quoted so no parser touches them."""
        return " & ".join(
            "(" + " | ".join(f"'{a.token}'" + (":*" if a.prefix else "") for a in group) + ")"
            for group in self.groups
        )


def _alternatives(word: str, *, last: bool) -> tuple[Alternative, ...]:
    found: dict[str, bool] = {word: last and len(word) >= MIN_TYPING_PREFIX}
    stems = _stems(word)
    for stem in stems[:1]:
        found.setdefault(stem, False)
    if stems:
        shortest = min(stems, key=len)
        if len(shortest) >= MIN_PREFIX:
            found[shortest] = True
    key = _key(word)
    if key:
        found[key] = found.get(key, False) or (last and len(key) >= MIN_TYPING_PREFIX)
        # Russian surnames and names decline: Semenova, «Семёновой», «Семёнову».
        root = key.rstrip(_VOWELS)
        if len(root) >= MIN_PREFIX and root != key:
            found[root] = True
    # A prefix alternative already covers the exact token.
    return tuple(Alternative(token, prefix) for token, prefix in found.items() if token)


@lru_cache(maxsize=50_000)
def _chunk_terms(chunk: str) -> tuple[str, ...]:
    """The index forms of one whitespace-separated piece of text (titles repeat pieces)."""
    return tuple(form for word in words(chunk) for form in word_forms(word))


def title_score(query: Query, title: str) -> int:
    """How many of the query's words the title matches (the same rules as the index)."""
    tokens = {term for chunk in title.split() for term in _chunk_terms(chunk)}
    score = 0
    for group in query.groups:
        if any(
            (t.startswith(alt.token) if alt.prefix else t == alt.token)
            for alt in group
            for t in tokens
        ):
            score += 1
    return score


def parse_query(text: str, *, max_words: int = 12) -> Query:
    """The user's words as groups of alternatives; an empty Query when nothing is left."""
    query_words = list(dict.fromkeys(words(text or "")))[:max_words]
    groups = tuple(
        _alternatives(word, last=(i == len(query_words) - 1)) for i, word in enumerate(query_words)
    )
    return Query(groups=tuple(g for g in groups if g))
