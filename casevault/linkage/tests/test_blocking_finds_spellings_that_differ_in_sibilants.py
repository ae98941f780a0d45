"""A German «з» written s ("Sacharow") and a Kazakh «ж» written j that nothing else in the
name decides ("N. Jarylbolov") still bring the pair to scoring: their surnames agree on the
loose key."""

import logging

import pytest

from casevault.linkage.features import PersonRecord
from casevault.linkage.model import link
from casevault.linkage.synthetic import generate

pytestmark = pytest.mark.pure


@pytest.fixture(scope="module")
def scored() -> set[frozenset[str]]:
    logging.getLogger("splink").setLevel(logging.ERROR)
    extra = [
        PersonRecord("zakharov", ["Захаров Денис Дмитриевич"], birth_year=1976, sex="m"),
        PersonRecord("sacharow", ["D. SACHAROW"]),
        PersonRecord("zhidkov", ["Жидков Михаил Петрович"], birth_year=1966, sex="m"),
        PersonRecord("schidkow", ["Michail Schidkow"], birth_year=1966),
        PersonRecord("zharylbolov", ["Жарылболов Нуржан"], birth_year=1980, sex="m"),
        PersonRecord("jarylbolov", ["N. Jarylbolov"], birth_year=1980),
    ]
    result = link([*generate(3000, seed=11).records, *extra], threshold=0.01)
    return {frozenset((pair.id_l, pair.id_r)) for pair in result.pairs}


@pytest.mark.parametrize(
    ("left", "right"),
    [("zakharov", "sacharow"), ("zhidkov", "schidkow"), ("zharylbolov", "jarylbolov")],
)
def test_the_pair_is_scored(scored: set[frozenset[str]], left: str, right: str) -> None:
    assert frozenset((left, right)) in scored
