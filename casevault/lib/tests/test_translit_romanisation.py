"""fold and to_latin: Unicode clean-up and one deterministic romanisation."""

import pytest

from casevault.lib.translit import fold, to_latin

pytestmark = pytest.mark.pure


def test_fold_casefolds_strips_diacritics_and_punctuation() -> None:
    assert fold("  SEMËNOVA,  Élena-Marie ") == "semenova elena marie"


def test_fold_turns_yo_into_ye_but_keeps_short_i() -> None:
    assert fold("Семёнова Йошкар") == "семенова йошкар"


def test_fold_drops_apostrophes_without_splitting_the_word() -> None:
    assert fold("O'Neil D’Arcy") == "oneil darcy"


def test_fold_keeps_kazakh_letters() -> None:
    assert fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"


def test_to_latin_romanises_russian() -> None:
    assert to_latin("Щербаков Юрий Фёдорович") == "shcherbakov yuriy fedorovich"
    assert to_latin("Подъячев Цыганков Хрущёв") == "podyachev tsygankov khrushchev"


def test_to_latin_romanises_kazakh_letters() -> None:
    assert to_latin("Жақсыбеков Әлия Нұрланқызы") == "zhaksybekov aliya nurlankyzy"
    assert to_latin("Өтеғали Үмбетов Іңкәр Һ") == "otegali umbetov inkar h"


def test_to_latin_passes_latin_through_folded() -> None:
    assert to_latin("Jaqsybekov, Älïa") == "jaqsybekov alia"


def test_to_latin_reads_iso9_and_kazakh_latin_hacheks() -> None:
    assert to_latin("Žaqsybekov Šukšin Čaadaev") == "zhaqsybekov shukshin chaadaev"
