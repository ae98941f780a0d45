"""Literal prefilters for regular expressions: skip a pattern on text it cannot match.

Most lexicon and date patterns are alternations behind ``\\b`` or an optional prefix, so
the regex engine tries them at every position of the text. Each of them, though, needs
some literal text to match ("arrest", «обыск», a month name): ``required_literals`` reads
the set of strings one of which every match contains, and ``LiteralFilter`` tells which
patterns are worth running on a text by plain substring tests. A pattern whose literals
are all absent cannot match, so skipping it changes no result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

# The parser of the standard library's regex engine (Python 3.11+). On a Python that
# lays it out otherwise nothing is known of any pattern, and every pattern is run.
try:
    import re._casefix as _casefix  # type: ignore[import-not-found]
    import re._constants as _op  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]

    _EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    # Items that match no text: literals on either side of them are adjacent in a match.
    _ZERO_WIDTH = {_op.AT, _op.ASSERT, _op.ASSERT_NOT}
    _REPEATS = {_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT}
    _PARSER_KNOWN = True
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
    _EXTRA_CASES = {}
    _PARSER_KNOWN = False

__all__ = ["Literal", "LiteralFilter", "fold_case", "required_literals"]

# Under re.IGNORECASE a character matches a literal when its simple lower case is the
# literal's lower case or one the engine holds equal to it ("ſ" and "s", "ᲀ" and "в").
# Each such class is written as its smallest member.
_SAME_CASE = {char: min(char, *equals) for char, equals in _EXTRA_CASES.items()}
_SAME_CASE_TABLE = str.maketrans({chr(a): chr(b) for a, b in _SAME_CASE.items() if a != b})


def fold_case(text: str) -> str:
    """``text`` as the regex engine compares it under re.IGNORECASE, one character each.

    ``str.lower`` is the engine's simple lower case for every character but "İ", which it
    turns into two ("i" and a combining dot); the engine, like this, reads it as "i".
    """
    return text.replace("İ", "I").lower().translate(_SAME_CASE_TABLE)


class Literal(NamedTuple):
    text: str  # for ``any_case``, as ``fold_case`` gives it
    any_case: bool


def required_literals(pattern: re.Pattern[str]) -> frozenset[Literal] | None:
    """Literals one of which is in every match of ``pattern``; ``None`` when none is known."""
    if not _PARSER_KNOWN:
        return None
    if pattern.flags & (re.ASCII | re.LOCALE) and pattern.flags & re.IGNORECASE:
        return None  # another notion of case: not worth following
    items = _parser.parse(pattern.pattern, pattern.flags)
    return _of_sequence(items, bool(pattern.flags & re.IGNORECASE))


def _better(
    a: frozenset[Literal] | None, b: frozenset[Literal] | None
) -> frozenset[Literal] | None:
    """The more selective of two requirements: longer shortest literal, then fewer of them."""
    if a is None:
        return b
    if b is None:
        return a
    rank_a = (min(len(literal.text) for literal in a), -len(a))
    rank_b = (min(len(literal.text) for literal in b), -len(b))
    return b if rank_b > rank_a else a


def _literal(chars: list[str], any_case: bool) -> frozenset[Literal]:
    text = "".join(chars)
    return frozenset({Literal(fold_case(text) if any_case else text, any_case)})


def _of_sequence(items: Sequence[tuple[Any, Any]], any_case: bool) -> frozenset[Literal] | None:
    # Every item of a sequence is part of the match, so any one item's requirement holds;
    # runs of literals are taken whole.
    best: frozenset[Literal] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is _op.LITERAL:
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            best = _better(best, _literal(run, any_case))
            run = []
        best = _better(best, _of_item(op, arg, any_case))
    if run:
        best = _better(best, _literal(run, any_case))
    return best


def _of_item(op: Any, arg: Any, any_case: bool) -> frozenset[Literal] | None:
    if op is _op.SUBPATTERN:
        _group, add_flags, del_flags, items = arg
        if (add_flags | del_flags) & (re.ASCII | re.LOCALE):
            return None
        if add_flags & re.IGNORECASE:
            any_case = True
        if del_flags & re.IGNORECASE:
            any_case = False
        return _of_sequence(items, any_case)
    if op is _op.ATOMIC_GROUP:
        return _of_sequence(arg, any_case)
    if op in _REPEATS:
        low, _high, items = arg
        return _of_sequence(items, any_case) if low >= 1 else None
    if op is _op.BRANCH:
        # One of the alternatives matched: the union of their requirements.
        union: set[Literal] = set()
        for items in arg[1]:
            needed = _of_sequence(items, any_case)
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op is _op.IN and arg and all(kind is _op.LITERAL for kind, _ in arg):
        return frozenset().union(*(_literal([chr(code)], any_case) for _, code in arg))
    return None


class LiteralFilter:
    """For a list of patterns, the indexes of those that may match a given text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._always: set[int] = set()
        by_literal: dict[Literal, set[int]] = {}
        for index, pattern in enumerate(patterns):
            needed = required_literals(pattern)
            if needed is None:
                self._always.add(index)
                continue
            for literal in needed:
                by_literal.setdefault(literal, set()).add(index)
        self._exact = [
            (lit.text, frozenset(ix)) for lit, ix in by_literal.items() if not lit.any_case
        ]
        self._folded = [(lit.text, frozenset(ix)) for lit, ix in by_literal.items() if lit.any_case]

    def candidates(self, text: str) -> list[int]:
        """Indexes, in order, of the patterns that may match ``text``."""
        chosen = set(self._always)
        chosen.update(*[indexes for literal, indexes in self._exact if literal in text])
        if self._folded:
            folded = fold_case(text)
            chosen.update(*[indexes for literal, indexes in self._folded if literal in folded])
        return sorted(chosen)
