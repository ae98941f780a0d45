"""Turn person records into the in-memory Arrow table that Splink compares.

Nothing here touches a disk: the table lives in memory and is registered with DuckDB (or
handed to Spark) as it is. Names are reduced to keys, so the table holds no readable name
except in the baseline's ``name_raw`` column, which exists only to measure the baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa

from casevault.lib.translit import fold
from casevault.linkage.names import ParsedName, merge_parsed, parse_name


@dataclass(slots=True)
class PersonRecord:
    """One record of a person as one source gives it; ``id`` is the record's own id."""

    id: str
    names: list[str]
    birth_year: int | None = None
    sex: str | None = None  # "f", "m" or None
    place_keys: list[str] = field(default_factory=list)
    facility_key: str | None = None
    source: str | None = None


FEATURE_SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("surname_key", pa.string()),
        ("surname_stem", pa.string()),
        ("surname_initial", pa.string()),
        ("surname_prefix", pa.string()),
        ("surname_suffix", pa.string()),
        ("surname_loose", pa.string()),
        ("given_key", pa.string()),
        ("given_initial", pa.string()),
        ("given_initial_alt", pa.string()),
        ("patronymic_key", pa.string()),
        ("patronymic_initial", pa.string()),
        ("birth_year", pa.int32()),
        ("sex", pa.string()),
        ("place_keys", pa.list_(pa.string())),
        ("facility_key", pa.string()),
        ("source", pa.string()),
    ]
)

BASELINE_SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("name_raw", pa.string()),
        ("name_first_token", pa.string()),
        ("name_last_token", pa.string()),
        ("birth_year", pa.int32()),
        ("sex", pa.string()),
        ("place_keys", pa.list_(pa.string())),
        ("facility_key", pa.string()),
        ("source", pa.string()),
    ]
)


@lru_cache(maxsize=1 << 18)
def _parse_cached(name: str) -> ParsedName:
    # Sources repeat the same spellings many times; parsing is the slow Python part.
    return parse_name(name)


def record_features(record: PersonRecord) -> ParsedName:
    """Name features of a record, with the record's own sex preferred over the guessed one."""
    return merge_parsed(_parse_cached(name) for name in record.names if name.strip())


def latin_initial_alternative(parsed: ParsedName) -> str | None:
    """The other letter a Latin source may use as this given name's initial.

    Yelena and Yevgeny are "Y.", Zhanar is "J." in Kazakh Latin; both key to "i", while the
    full names key to "e" and "z". A bare initial is its own alternative.
    """
    if parsed.given_key is None or parsed.given_initial is None:
        return parsed.given_initial
    return "i" if parsed.given_initial in ("e", "z") else parsed.given_initial


def features_table(records: Sequence[PersonRecord]) -> pa.Table:
    """The table our model compares: one row per record, names reduced to keys."""
    columns: dict[str, list[object]] = {name: [] for name in FEATURE_SCHEMA.names}
    for record in records:
        parsed = record_features(record)
        columns["unique_id"].append(record.id)
        columns["surname_key"].append(parsed.surname_key)
        columns["surname_stem"].append(parsed.surname_stem)
        columns["surname_initial"].append(parsed.surname_key[0] if parsed.surname_key else None)
        # First four letters of the stem: blocks a surname typo made after them.
        columns["surname_prefix"].append(parsed.surname_stem[:4] if parsed.surname_stem else None)
        # First letter and last three of the stem: blocks a typo made after the first
        # letter but inside the first four (people seldom misspell a name's first letter).
        columns["surname_suffix"].append(
            parsed.surname_stem[0] + parsed.surname_stem[-3:] if parsed.surname_stem else None
        )
        columns["surname_loose"].append(parsed.surname_loose)
        columns["given_key"].append(parsed.given_key)
        columns["given_initial"].append(parsed.given_initial)
        columns["given_initial_alt"].append(latin_initial_alternative(parsed))
        columns["patronymic_key"].append(parsed.patronymic_key)
        columns["patronymic_initial"].append(parsed.patronymic_initial)
        columns["birth_year"].append(record.birth_year)
        columns["sex"].append(record.sex or parsed.sex)
        columns["place_keys"].append(list(record.place_keys) or None)
        columns["facility_key"].append(record.facility_key)
        columns["source"].append(record.source)
    return pa.Table.from_pydict(columns, schema=FEATURE_SCHEMA)


def baseline_table(records: Sequence[PersonRecord]) -> pa.Table:
    """The baseline's table: the first name as written (case-folded only), no keys."""
    columns: dict[str, list[object]] = {name: [] for name in BASELINE_SCHEMA.names}
    for record in records:
        raw = fold(record.names[0]) if record.names else ""
        tokens = raw.split(" ") if raw else []
        columns["unique_id"].append(record.id)
        columns["name_raw"].append(raw or None)
        columns["name_first_token"].append(tokens[0] if tokens else None)
        columns["name_last_token"].append(tokens[-1] if tokens else None)
        columns["birth_year"].append(record.birth_year)
        columns["sex"].append(record.sex)
        columns["place_keys"].append(list(record.place_keys) or None)
        columns["facility_key"].append(record.facility_key)
        columns["source"].append(record.source)
    return pa.Table.from_pydict(columns, schema=BASELINE_SCHEMA)
