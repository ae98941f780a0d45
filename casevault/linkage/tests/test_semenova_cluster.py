"""The five records of one detainee from the issue end up in one cluster; another
Semenova does not."""

import pytest

from casevault.linkage.features import PersonRecord
from casevault.linkage.model import link
from casevault.linkage.synthetic import generate

pytestmark = pytest.mark.pure

SEMENOVA = [
    PersonRecord(
        id="s1",
        names=["Семёнова Елена Викторовна"],
        birth_year=1984,
        sex="f",
        facility_key="facility-pavlodar-1",
        place_keys=["kz-pavlodar"],
    ),
    PersonRecord(
        id="s2", names=["Elena Semionova"], birth_year=1984, facility_key="facility-pavlodar-1"
    ),
    PersonRecord(id="s3", names=["Yelena Semenova"], birth_year=1985, place_keys=["kz-pavlodar"]),
    PersonRecord(
        id="s4",
        names=["E. Semyonova"],
        birth_year=1984,
        sex="f",
        facility_key="facility-pavlodar-1",
    ),
    PersonRecord(
        id="s5",
        names=["Семенова Е."],
        place_keys=["kz-pavlodar"],
        facility_key="facility-pavlodar-1",
    ),
]
OTHER_SEMENOVA = PersonRecord(
    id="o1", names=["Semenova Olga"], birth_year=1962, sex="f", place_keys=["kz-almaty"]
)


@pytest.fixture(scope="module")
def clusters() -> dict[str, str]:
    # A few thousand synthetic people give EM something to learn from.
    background = generate(3000, seed=11).records
    return link([*background, *SEMENOVA, OTHER_SEMENOVA], threshold=0.9).clusters


def test_the_five_spellings_of_one_detainee_are_one_cluster(clusters: dict[str, str]) -> None:
    assert len({clusters[record.id] for record in SEMENOVA}) == 1


def test_a_different_semenova_is_not_in_that_cluster(clusters: dict[str, str]) -> None:
    assert clusters[OTHER_SEMENOVA.id] != clusters[SEMENOVA[0].id]
