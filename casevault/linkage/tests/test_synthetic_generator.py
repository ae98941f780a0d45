"""The synthetic generator is deterministic and produces what the benchmark assumes."""

from collections import Counter

import pytest

from casevault.linkage.evaluate import record_script
from casevault.linkage.synthetic import feminine_surname, generate, patronymic

pytestmark = pytest.mark.pure


def test_the_same_seed_gives_the_same_records() -> None:
    first, second = generate(500, seed=4), generate(500, seed=4)
    assert first.records == second.records
    assert first.truth == second.truth


def test_it_gives_exactly_the_records_asked_for_with_truth_for_each() -> None:
    data = generate(777, seed=1)
    assert len(data.records) == 777
    assert set(data.truth) == {record.id for record in data.records}


def test_people_appear_one_to_five_times_in_both_scripts() -> None:
    data = generate(3000, seed=2)
    appearances = Counter(data.truth.values())
    assert max(appearances.values()) <= 5
    assert sum(1 for count in appearances.values() if count > 1) > 0.4 * len(appearances)
    scripts = Counter(record_script(record) for record in data.records)
    assert scripts["cyrillic"] > 0.3 * 3000 and scripts["latin"] > 0.2 * 3000


def test_russian_name_forms_follow_the_rules() -> None:
    assert feminine_surname("Семёнов") == "Семёнова"
    assert feminine_surname("Вишневский") == "Вишневская"
    assert feminine_surname("Шевченко") == "Шевченко"
    assert patronymic("Виктор", "f", kazakh_style=False) == "Викторовна"
    assert patronymic("Сергей", "m", kazakh_style=False) == "Сергеевич"
    assert patronymic("Юрий", "f", kazakh_style=False) == "Юрьевна"
    assert patronymic("Нұрлан", "f", kazakh_style=True) == "Нұрланқызы"
