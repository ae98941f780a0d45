"""Synthetic people with known truth, for tests and benchmarks of linkage.

Each true person appears 1–5 times across sources, written as sources write names: in the
other script, in another romanisation, with initials, without a patronymic, with a typo, in
another order, with the birth year missing or off by one. Many distinct people share common
names (a long-tailed surname distribution, siblings sharing surname, patronymic and town):
they are the hard negatives. Everything comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import accumulate

from casevault.linkage.features import PersonRecord
from casevault.linkage.synthetic_names import (
    KAZAKH_FEMALE,
    KAZAKH_FIRST_PARTS,
    KAZAKH_GIVEN_PARTS,
    KAZAKH_MALE,
    KAZAKH_SECOND_PARTS,
    KAZAKH_SURNAMES,
    RUSSIAN_ENDINGS,
    RUSSIAN_FEMALE,
    RUSSIAN_MALE,
    RUSSIAN_ROOTS,
    RUSSIAN_SURNAMES,
    RUSSIANISE_KAZAKH,
    romanise,
)

APPEARANCES = (1, 2, 3, 4, 5)
APPEARANCE_WEIGHTS = (0.35, 0.25, 0.18, 0.12, 0.10)
PLACES = tuple(
    f"kz-{name}"
    for name in (
        "almaty astana shymkent pavlodar karaganda aktobe atyrau oral kostanay petropavl "
        "semey oskemen taraz kyzylorda aktau ekibastuz temirtau zhezkazgan turkistan kokshetau"
    ).split()
) + tuple(
    f"ru-{name}"
    for name in (
        "moscow spb omsk novosibirsk orenburg astrakhan barnaul chelyabinsk kurgan tomsk "
        "samara saratov volgograd kazan ufa yekaterinburg tyumen irkutsk krasnoyarsk perm"
    ).split()
)
FACILITY_COUNT = 300

LATIN_SYSTEMS = {
    "ru": (("bgn", 0.35), ("icao", 0.3), ("simple", 0.15), ("iso9", 0.12), ("german", 0.08)),
    "kz": (("icao", 0.4), ("bgn", 0.25), ("kazakh2021", 0.25), ("simple", 0.1)),
}

# Name layouts: S surname, G given name, g its initial, P patronymic, p its initial,
# D the everyday short form of the given name.
FORMAL = (("S G P", 0.6), ("S g.p.", 0.15), ("G P S", 0.1), ("S G", 0.15))
COURT = (("S g.p.", 0.45), ("S G P", 0.45), ("g.p. S", 0.1))
PRESS = (("G S", 0.45), ("S G", 0.15), ("g. S", 0.2), ("G P S", 0.05), ("S", 0.05), ("S G P", 0.1))
INFORMAL = (("G S", 0.5), ("D S", 0.25), ("G P", 0.05), ("g. S", 0.1), ("S G", 0.1))


@dataclass(frozen=True, slots=True)
class SourceProfile:
    """How one kind of source writes a person: script, name layout, which facts it gives."""

    weight: float
    latin: float  # share of records in Latin script
    layouts: tuple[tuple[str, float], ...]
    birth_year: float  # share of records that give a birth year
    place: float
    facility: float
    sex: float


SOURCES = {
    "visit-report": SourceProfile(0.25, 0.2, FORMAL, 0.85, 0.4, 0.95, 0.8),
    "court-record": SourceProfile(0.15, 0.1, COURT, 0.9, 0.8, 0.3, 0.6),
    "complaint": SourceProfile(0.15, 0.3, FORMAL, 0.7, 0.6, 0.7, 0.5),
    "media": SourceProfile(0.2, 0.6, PRESS, 0.3, 0.6, 0.4, 0.3),
    "ngo-report": SourceProfile(0.15, 0.8, PRESS, 0.5, 0.5, 0.6, 0.5),
    "social-media": SourceProfile(0.1, 0.5, INFORMAL, 0.1, 0.3, 0.1, 0.3),
}


@dataclass(frozen=True, slots=True)
class Person:
    truth_id: int
    ethnicity: str  # "ru" or "kz"
    sex: str  # "f" or "m"
    surname: str
    given: str
    diminutive: str
    patronymic: str
    birth_year: int
    place: str
    facility: str


@dataclass(slots=True)
class SyntheticData:
    records: list[PersonRecord]
    truth: dict[str, int] = field(default_factory=dict)  # record id -> true person id
    people: list[Person] = field(default_factory=list)
    # record id -> how the source wrote it ("latin:bgn", "layout:S g.p.", "typo", ...), for
    # breaking the evaluation down by variation; recording them draws no random numbers.
    variations: dict[str, frozenset[str]] = field(default_factory=dict)


def feminine_surname(surname: str) -> str:
    for masculine, feminine in (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая")):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + feminine
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname  # -енко, -ович, Ким, Цой


def patronymic(father: str, sex: str, *, kazakh_style: bool) -> str:
    """Russian patronymic rules, or the Kazakh -ұлы/-қызы."""
    if kazakh_style:
        return father + ("ұлы" if sex == "m" else "қызы")
    male, female = "ович", "овна"
    stem = father
    special = {"Илья": ("Ильич", "Ильинична"), "Павел": ("Павлович", "Павловна")}
    if father in special:
        return special[father][0 if sex == "m" else 1]
    if father == "Дмитрий":
        stem, male, female = "Дмитри", "евич", "евна"
    elif father.endswith("ий"):
        stem, male, female = father[:-2] + "ь", "евич", "евна"
    elif father.endswith(("ай", "ей")):
        stem, male, female = father[:-1], "евич", "евна"
    elif father.endswith("ь"):
        stem, male, female = father[:-1], "евич", "евна"
    stem = stem.replace("ё", "е")
    if stem.endswith("ай"):
        stem = stem[:-1]
    return stem + (male if sex == "m" else female)


def _weighted(rng: random.Random, items: list[str], cumulative: list[float]) -> str:
    return rng.choices(items, cum_weights=cumulative, k=1)[0]


def _kazakh_surname(root: str) -> str:
    if root.endswith("й"):
        return root[:-1] + "ев"  # Бекбай → Бекбаев
    if root.endswith("і"):
        return root[:-1] + "иев"  # Бекберді → Бекбердиев
    return root + ("ев" if root[-1] in "аеиоуы" else "ов")


class _Pools:
    """Surnames with a long-tailed distribution, given names with a milder one."""

    def __init__(self) -> None:
        self.surnames: dict[str, tuple[list[str], list[float]]] = {}
        russian = list(RUSSIAN_SURNAMES)
        russian_tail = [root + ending for root in RUSSIAN_ROOTS for ending in RUSSIAN_ENDINGS]
        kazakh = list(KAZAKH_SURNAMES)
        kazakh_tail = [
            _kazakh_surname(first + second)
            for first in KAZAKH_FIRST_PARTS
            for second in KAZAKH_SECOND_PARTS
        ]
        for ethnicity, common, tail in (("ru", russian, russian_tail), ("kz", kazakh, kazakh_tail)):
            # Zipf-like head (rank + 15)^-1, then a flat tail at the weight of the last head name.
            weights = [1.0 / (rank + 15) for rank in range(len(common))]
            weights += [weights[-1] * 0.5] * len(tail)
            self.surnames[ethnicity] = (common + tail, list(accumulate(weights)))
        self.given: dict[tuple[str, str], tuple[list[tuple[str, str]], list[float]]] = {}
        for (ethnicity, sex), pool in (
            (("ru", "f"), RUSSIAN_FEMALE),
            (("ru", "m"), RUSSIAN_MALE),
            (("kz", "f"), KAZAKH_FEMALE),
            (("kz", "m"), KAZAKH_MALE),
        ):
            head: list[tuple[str, str]] = list(pool)
            weights = [1.0 / (rank + 4) for rank in range(len(head))]
            if ethnicity == "kz":
                firsts, seconds = KAZAKH_GIVEN_PARTS[sex]
                known = {name for name, _ in head}
                compounds = {first + second for first in firsts for second in seconds}
                rare = [(name, "") for name in sorted(compounds - known)]
                weights += [weights[-1] * 0.3] * len(rare)
                head += rare
            self.given[(ethnicity, sex)] = (head, list(accumulate(weights)))

    def surname(self, rng: random.Random, ethnicity: str) -> str:
        names, cumulative = self.surnames[ethnicity]
        return _weighted(rng, names, cumulative)

    def given_name(self, rng: random.Random, ethnicity: str, sex: str) -> tuple[str, str]:
        pool, cumulative = self.given[(ethnicity, sex)]
        return rng.choices(pool, cum_weights=cumulative, k=1)[0]


def _new_person(rng: random.Random, pools: _Pools, truth_id: int) -> Person:
    ethnicity = "kz" if rng.random() < 0.35 else "ru"
    sex = "m" if rng.random() < 0.6 else "f"
    surname = pools.surname(rng, ethnicity)
    given, diminutive = pools.given_name(rng, ethnicity, sex)
    father, _ = pools.given_name(rng, ethnicity, "m")
    kazakh_style = ethnicity == "kz" and rng.random() < 0.5
    return Person(
        truth_id=truth_id,
        ethnicity=ethnicity,
        sex=sex,
        surname=surname if sex == "m" else feminine_surname(surname),
        given=given,
        diminutive=diminutive,
        patronymic=patronymic(father, sex, kazakh_style=kazakh_style),
        birth_year=int(rng.triangular(1950, 2006, 1985)),
        place=rng.choice(PLACES),
        facility=_facility(rng),
    )


def _sibling(rng: random.Random, pools: _Pools, of: Person, truth_id: int) -> Person:
    """Same family name, father and town; another given name and birth year."""
    sex = "m" if rng.random() < 0.6 else "f"
    masculine = of.surname
    for feminine_end, masculine_end in (("ская", "ский"), ("цкая", "цкий"), ("ая", "ой")):
        if masculine.endswith(feminine_end):
            masculine = masculine[: -len(feminine_end)] + masculine_end
            break
    else:
        if of.sex == "f" and masculine.endswith(("ова", "ева", "ёва", "ина", "ына")):
            masculine = masculine[:-1]
    given, diminutive = pools.given_name(rng, of.ethnicity, sex)
    father_patronymic = of.patronymic
    for ending_m, ending_f in (("ович", "овна"), ("евич", "евна"), ("ұлы", "қызы")):
        for ending in (ending_m, ending_f):
            if father_patronymic.endswith(ending):
                base = father_patronymic[: -len(ending)]
                father_patronymic = base + (ending_m if sex == "m" else ending_f)
                break
    return Person(
        truth_id=truth_id,
        ethnicity=of.ethnicity,
        sex=sex,
        surname=masculine if sex == "m" else feminine_surname(masculine),
        given=given,
        diminutive=diminutive,
        patronymic=father_patronymic,
        birth_year=of.birth_year + rng.choice((-9, -6, -4, -3, -2, 2, 3, 4, 6, 9)),
        place=of.place,
        facility=of.facility if rng.random() < 0.3 else _facility(rng),
    )


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    position = rng.randrange(1, len(word) - 1)
    operation = rng.randrange(4)
    if operation == 0:  # drop a letter
        return word[:position] + word[position + 1 :]
    if operation == 1:  # swap two letters
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if operation == 2:  # double a letter
        return word[:position] + word[position] + word[position:]
    alphabet = (
        "абвгдеиклмнопрстуя"
        if word[position].lower() in "абвгдеёжзийклмнопрстуфхцчшщыэюя"
        else "abdeiklmnoprstuv"
    )
    return word[:position] + rng.choice(alphabet) + word[position + 1 :]


def _render_name(rng: random.Random, person: Person, profile: SourceProfile, tags: set[str]) -> str:
    parts = {
        "S": person.surname,
        "G": person.given,
        "P": person.patronymic,
        "D": person.diminutive or person.given,
    }
    if rng.random() < 0.08:
        key = "S" if rng.random() < 0.7 else "G"
        typo = _typo(rng, parts[key])
        if typo != parts[key]:
            tags.add("typo")
        parts[key] = typo
    if rng.random() >= profile.latin:
        tags.add("cyrillic")
        if person.ethnicity == "kz" and rng.random() < 0.5:
            parts = {key: value.translate(RUSSIANISE_KAZAKH) for key, value in parts.items()}
        if rng.random() < 0.6:
            parts = {key: value.replace("ё", "е").replace("Ё", "Е") for key, value in parts.items()}
    else:
        systems, weights = zip(*LATIN_SYSTEMS[person.ethnicity], strict=True)
        system = rng.choices(systems, weights=weights, k=1)[0]
        tags.add(f"latin:{system}")
        parts = {key: romanise(value, system) for key, value in parts.items()}
    if rng.random() < 0.1:
        parts["S"] = parts["S"].upper()
    layouts, weights = zip(*profile.layouts, strict=True)
    layout = rng.choices(layouts, weights=weights, k=1)[0]
    tags.add(f"layout:{layout}")
    # An initial is the first letter as the source writes it: «Е.» in Cyrillic, "Y." or
    # "E." for Yelena/Elena in Latin.
    initials = {"g": parts["G"][:1], "p": parts["P"][:1]}
    return "".join(parts.get(symbol) or initials.get(symbol) or symbol for symbol in layout).strip()


def _record(rng: random.Random, person: Person, record_id: str, tags: set[str]) -> PersonRecord:
    names, profiles = zip(*SOURCES.items(), strict=True)
    source = rng.choices(names, weights=[profile.weight for profile in profiles], k=1)[0]
    profile = SOURCES[source]
    birth_year: int | None = None
    if rng.random() < profile.birth_year:
        # One year off when a source records an age rather than a date.
        birth_year = person.birth_year + (rng.choice((-1, 1)) if rng.random() < 0.12 else 0)
        if birth_year != person.birth_year:
            tags.add("birth_year_off")
    else:
        tags.add("no_birth_year")
    place = person.place if rng.random() < 0.9 else rng.choice(PLACES)
    facility = person.facility if rng.random() < 0.85 else _facility(rng)
    return PersonRecord(
        id=record_id,
        names=[_render_name(rng, person, profile, tags)],
        birth_year=birth_year,
        sex=person.sex if rng.random() < profile.sex else None,
        place_keys=[place] if rng.random() < profile.place else [],
        facility_key=facility if rng.random() < profile.facility else None,
        source=source,
    )


def _facility(rng: random.Random) -> str:
    return f"facility-{rng.randrange(FACILITY_COUNT):03d}"


def generate(record_count: int, *, seed: int = 0, sibling_rate: float = 0.1) -> SyntheticData:
    """About ``record_count`` records (exactly that many) of people with known truth."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not secrets
    pools = _Pools()
    people: list[Person] = []
    appearances: list[Person] = []
    while len(appearances) < record_count:
        truth_id = len(people)
        if people and rng.random() < sibling_rate:
            person = _sibling(rng, pools, rng.choice(people[-50:]), truth_id)
        else:
            person = _new_person(rng, pools, truth_id)
        people.append(person)
        count = rng.choices(APPEARANCES, weights=APPEARANCE_WEIGHTS, k=1)[0]
        appearances.extend([person] * count)
    appearances = appearances[:record_count]
    rng.shuffle(appearances)
    records: list[PersonRecord] = []
    truth: dict[str, int] = {}
    variations: dict[str, frozenset[str]] = {}
    for index, person in enumerate(appearances):
        record_id = f"r{index:07d}"
        tags: set[str] = set()
        records.append(_record(rng, person, record_id, tags))
        truth[record_id] = person.truth_id
        variations[record_id] = frozenset(tags)
    return SyntheticData(records=records, truth=truth, people=people, variations=variations)
