"""A typo in a patronymic does not keep two otherwise identical records apart.

The synthetic records hold no patronymic typos, so EM alone would learn that a near-miss
patronymic never happens between one person's records and veto every such pair.
"""

import logging

import pytest
from splink import Linker

from casevault.linkage.features import PersonRecord, features_table
from casevault.linkage.model import (
    _PATRONYMIC_EXACT,
    _PATRONYMIC_NEAR,
    build_settings,
    floor_near_patronymic,
    in_memory_duckdb,
    link,
    patronymic_levels,
)
from casevault.linkage.synthetic import generate

pytestmark = pytest.mark.pure

RIGHT = PersonRecord(
    id="t1",
    names=["Жаксыбеков Ерлан Нурланович"],
    birth_year=1979,
    sex="m",
    facility_key="facility-uralsk-2",
)
TYPO = PersonRecord(
    id="t2",
    names=["Жаксыбеков Ерлан Нурланоич"],
    birth_year=1979,
    sex="m",
    facility_key="facility-uralsk-2",
)


def test_a_near_miss_patronymic_keeps_a_floor_after_training() -> None:
    # As EM leaves it when the records hold no patronymic typo at all: a veto.
    linker = Linker(
        in_memory_duckdb().register(features_table([RIGHT, TYPO])),
        build_settings(),
        log_level=logging.WARNING,
    )
    levels = patronymic_levels(linker)
    near, exact = levels[_PATRONYMIC_NEAR], levels[_PATRONYMIC_EXACT]
    near.m_probability, exact.m_probability = 1e-40, 0.99
    floor_near_patronymic(linker)
    linker._populate_m_u_from_trained_values()  # what Splink does before it scores
    assert near.m_probability == pytest.approx(0.001)
    assert exact.m_probability == pytest.approx(0.99 - 0.001)
    # A level EM did estimate well is left alone.
    near.m_probability = 0.02
    floor_near_patronymic(linker)
    assert near.m_probability == 0.02


def test_the_two_records_are_one_person() -> None:
    result = link([*generate(3000, seed=5).records, RIGHT, TYPO], threshold=0.9)
    assert result.clusters[RIGHT.id] == result.clusters[TYPO.id]
    assert any({p.id_l, p.id_r} == {RIGHT.id, TYPO.id} for p in result.pairs)
