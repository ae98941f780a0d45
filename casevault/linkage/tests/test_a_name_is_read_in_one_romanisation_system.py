"""parse_name reads every word of a name in the system one word shows: a Kazakh Latin
letter, a Kazakh patronymic or a Kazakh given name makes j ж; w or sch makes it German."""

import pytest

from casevault.linkage.given_names import canonical_given_key
from casevault.linkage.names import parse_name

pytestmark = pytest.mark.pure


def test_a_kazakh_letter_in_one_word_decides_j_in_the_others() -> None:
    latin = parse_name("Däulettasov Janhan Däuletūly")
    cyrillic = parse_name("Дәулеттасов Жанхан Дәулетұлы")
    assert latin.given_key == cyrillic.given_key == "zhanhan"
    assert latin.given_initial == parse_name("Дәулеттасов Ж.Д.").given_initial == "z"


def test_a_kazakh_patronymic_or_given_name_decides_j_too() -> None:
    assert parse_name("Bauyrjan Jarylbolov").surname_key == parse_name("Жарылболов").surname_key
    assert parse_name("Janhan Nurlanuly").given_key == parse_name("Жанхан Нурланулы").given_key


def test_german_and_plain_names_keep_j_as_a_glide() -> None:
    assert parse_name("Jelena Semjonowa") == parse_name("Семёнова Елена")
    # German habits win over a Kazakh given name: j in "Nasarbajew" is й.
    assert parse_name("Nursultan Nasarbajew").surname_key == "nasarbaev"
    assert parse_name("Julija Pawlowa").given_key == parse_name("Юлия Павлова").given_key


def test_jandos_is_found_by_the_given_name_table_either_way() -> None:
    assert parse_name("Jandos Serikov").given_key == canonical_given_key("Жандос")


def test_a_j_that_nothing_decides_still_agrees_loosely() -> None:
    latin = parse_name("N. Jarylbolov")
    cyrillic = parse_name("Жарылболов Н.Ж.")
    assert latin.surname_key != cyrillic.surname_key
    assert latin.surname_loose == cyrillic.surname_loose


def test_german_spellings_of_kh_and_ts_are_read_as_such() -> None:
    assert parse_name("Charitonow Michail").surname_key == parse_name("Харитонов").surname_key
    assert parse_name("Charitonow Michail").given_key == canonical_given_key("Михаил")
    assert parse_name("Rumjanzew J.W.").surname_key == parse_name("Румянцев Е.В.").surname_key
    sacharow, zakharov = parse_name("D. SACHAROW"), parse_name("Захаров Денис")
    assert sacharow.surname_loose == zakharov.surname_loose
