"""Injuries a person had when brought in, recorded on arrival, are no act of the keepers."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The log lists bruises sustained before his arrest, noted by the nurse.", "en"),
        ("В журнал внесены ссадины, полученные им до доставления в изолятор.", "ru"),
    ],
)
def test_injuries_from_before_custody_are_not_acts(sentence: str, lang: str) -> None:
    assert codes(sentence, lang) == []


def test_injuries_done_in_custody_still_count() -> None:
    assert codes("Officers left bruises on his back during the night.", "en") == [
        "physical_assault"
    ]
