"""Clustering scored pairs into people without chaining different people together.

Plain connected components join everything a chain of pairs touches: «Миронов А.» scores
well against both "Artyom Mironov" and "Aleksei Mironov", and the two brothers become one
person. Here pairs are taken best first, and two groups are joined only when nothing in
them contradicts: no two different full given names (or initials that cannot be one name),
no two different patronymics, birth years at most two years apart (sources are one year off
either way), no two sexes. So a record with little evidence, which scores only moderately
against its true partners, can join the one group it fits instead of bridging two.

Pure Python over the pairs, no database: at a million records the pairs above the threshold
are a few million, and each join merges the smaller group's facts into the larger's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# A bare initial "i" is what Latin sources write for Ye-, Yu-, Ya- and Zh-/J- names
# (Yelena, Yevgeny, Zhanar as "J."): it may stand for a name whose key starts with e or z.
_INITIAL_MAY_BE = {"i": frozenset("iez")}


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What one record says about who it is, as keys (see ``features_table``)."""

    given_key: str | None = None
    given_initial: str | None = None
    patronymic_key: str | None = None
    patronymic_initial: str | None = None
    birth_year: int | None = None
    sex: str | None = None


@dataclass(slots=True)
class _Group:
    given_keys: set[str] = field(default_factory=set)
    given_initials: set[str] | None = None  # letters every member's given name may start with
    patronymic_keys: set[str] = field(default_factory=set)
    patronymic_initials: set[str] | None = None
    year_min: int | None = None
    year_max: int | None = None
    sex: str | None = None
    size: int = 1


def _initials(key: str | None, initial: str | None) -> set[str] | None:
    if key is not None:
        # A full name: its own first letter, and "i" when a Latin source may write it so.
        return {key[0], "i"} if key[0] in "ez" else {key[0]}
    if initial is not None:
        return set(_INITIAL_MAY_BE.get(initial, {initial}))
    return None


def _group_of(facts: RecordFacts) -> _Group:
    group = _Group(
        given_initials=_initials(facts.given_key, facts.given_initial),
        patronymic_initials=_initials(facts.patronymic_key, facts.patronymic_initial),
        year_min=facts.birth_year,
        year_max=facts.birth_year,
        sex=facts.sex,
    )
    if facts.given_key is not None:
        group.given_keys.add(facts.given_key)
    if facts.patronymic_key is not None:
        group.patronymic_keys.add(facts.patronymic_key)
    return group


def near_spelling(a: str, b: str) -> bool:
    """True when two keys differ by at most a typo: one edit (a swap of two neighbouring
    letters counts as one), or two in a word of six letters or more."""
    if a == b:
        return True
    limit = 2 if min(len(a), len(b)) >= 6 else 1
    if abs(len(a) - len(b)) > limit:
        return False
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


def _keys_agree(left: set[str], right: set[str]) -> bool:
    # A group collects its members' spellings, typos included: "mihail", "miail" (a letter
    # dropped) and "mikhail" (kh kept by a typo: "Mikkhail"). Each spelling on one side must
    # be near one on the other, not near all of them: two typos can be two edits apart.
    if not left or not right:
        return True
    return all(any(near_spelling(a, b) for b in right) for a in left) and all(
        any(near_spelling(a, b) for a in left) for b in right
    )


def _initials_agree(left: set[str] | None, right: set[str] | None) -> bool:
    return left is None or right is None or bool(left & right)


def compatible(left: _Group, right: _Group) -> bool:
    if left.sex is not None and right.sex is not None and left.sex != right.sex:
        return False
    if left.year_min is not None and right.year_min is not None:
        assert left.year_max is not None and right.year_max is not None  # noqa: S101
        if max(left.year_max, right.year_max) - min(left.year_min, right.year_min) > 2:
            return False
    return (
        _initials_agree(left.given_initials, right.given_initials)
        and _initials_agree(left.patronymic_initials, right.patronymic_initials)
        and _keys_agree(left.given_keys, right.given_keys)
        and _keys_agree(left.patronymic_keys, right.patronymic_keys)
    )


def _absorb(into: _Group, other: _Group) -> None:
    into.given_keys |= other.given_keys
    into.patronymic_keys |= other.patronymic_keys
    for name in ("given_initials", "patronymic_initials"):
        mine, theirs = getattr(into, name), getattr(other, name)
        if theirs is not None:
            setattr(into, name, set(theirs) if mine is None else mine & theirs)
    if other.year_min is not None:
        assert other.year_max is not None  # noqa: S101
        into.year_min = (
            other.year_min if into.year_min is None else min(into.year_min, other.year_min)
        )
        into.year_max = (
            other.year_max if into.year_max is None else max(into.year_max, other.year_max)
        )
    into.sex = into.sex or other.sex
    into.size += other.size


def cluster_without_contradictions(
    ids: Sequence[str],
    facts: Sequence[RecordFacts],
    pairs: Iterable[tuple[str, str, float]],
) -> dict[str, str]:
    """Record id -> cluster id (its smallest member's id) for every record in ``ids``.

    ``facts`` is parallel to ``ids``; ``pairs`` are (id, id, match probability), in any
    order: they are joined best first, and a pair whose groups contradict each other is
    skipped.
    """
    index = {record_id: position for position, record_id in enumerate(ids)}
    parent = list(range(len(ids)))
    groups: dict[int, _Group] = {}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def group(node: int) -> _Group:
        found = groups.get(node)
        if found is None:
            found = groups[node] = _group_of(facts[node])
        return found

    def join(edges: list[tuple[int, int, float]]) -> None:
        for left_node, right_node, _score in sorted(edges, key=lambda edge: -edge[2]):
            left, right = root(left_node), root(right_node)
            if left == right:
                continue
            left_group, right_group = group(left), group(right)
            if not compatible(left_group, right_group):
                continue
            if left_group.size < right_group.size:
                left, right, left_group, right_group = right, left, right_group, left_group
            _absorb(left_group, right_group)
            parent[right] = left
            del groups[right]

    join([(index[left], index[right], score) for left, right, score in pairs])

    smallest: dict[int, str] = {}
    for record_id, position in index.items():
        top = root(position)
        if top not in smallest or record_id < smallest[top]:
            smallest[top] = record_id
    return {record_id: smallest[root(position)] for record_id, position in index.items()}
