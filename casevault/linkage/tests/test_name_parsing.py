"""parse_name finds surname, given name, patronymic and initials in any usual order."""

import pytest

from casevault.linkage.names import ParsedName, merge_parsed, parse_name, surname_stem

pytestmark = pytest.mark.pure


def test_it_reads_the_official_surname_first_order() -> None:
    parsed = parse_name("Семёнова Елена Викторовна")
    assert parsed == ParsedName(
        surname_key="semenova",
        surname_stem="semenov",
        given_key="elena",
        given_initial="e",
        patronymic_key="viktorovna",
        patronymic_initial="v",
        sex="f",
        surname_loose="semenov",
    )


def test_it_reads_the_given_name_first_order_in_latin() -> None:
    parsed = parse_name("Yelena Semenova")
    assert (parsed.surname_key, parsed.given_key) == ("semenova", "elena")


def test_it_reads_initials_before_or_after_the_surname() -> None:
    for name in ("E. Semyonova", "Семенова Е.", "СЕМЕНОВА Е.В."):
        parsed = parse_name(name)
        assert parsed.surname_key == "semenova", name
        assert parsed.given_key is None, name
        assert parsed.given_initial == "e", name
    assert parse_name("Семенова Е.В.").patronymic_initial == "v"


def test_it_reads_kazakh_patronymics_and_latin_spellings() -> None:
    cyrillic = parse_name("Жақсыбеков Нұрлан Серікұлы")
    latin = parse_name("Nurlan Serikuly Jaqsybekov")
    assert cyrillic == latin
    assert cyrillic.patronymic_key == "serikuli"
    assert cyrillic.sex == "m"
    assert parse_name("Әлия Нұрланқызы Жақсыбекова").sex == "f"


def test_a_surname_in_ovich_is_not_taken_for_a_patronymic() -> None:
    assert parse_name("Садович Владимир").surname_key == "sadovich"
    assert parse_name("Шубович Ольга").surname_key == "shubovich"
    assert parse_name("Елена Викторовна").patronymic_key == "viktorovna"


def test_the_stem_drops_the_gender_ending_of_a_surname() -> None:
    assert surname_stem("semenova") == ("semenov", "f")
    assert surname_stem("semenov") == ("semenov", "m")
    assert surname_stem("vishnevskaia")[0] == surname_stem("vishnevski")[0] == "vishnevsk"
    assert surname_stem("tolstaia")[0] == surname_stem("tolstoi")[0]
    assert surname_stem("kim") == ("kim", None)


def test_several_names_of_one_record_fill_each_others_gaps() -> None:
    merged = merge_parsed([parse_name("Семенова Е.В."), parse_name("Elena Semenova")])
    assert (merged.given_key, merged.patronymic_initial) == ("elena", "v")


def test_text_without_letters_parses_to_nothing() -> None:
    assert parse_name("  ., ") == ParsedName()


def test_a_feminine_surname_is_told_from_an_unknown_given_name_in_either_order() -> None:
    # Neither Акбота nor a misspelt "Svtelana" is in the given-name table: the -ova / -eva
    # ending alone says which word is the surname.
    for name in ("Омарова Акбота", "Akbota Omarova", "Volkova Svtelana", "Svtelana Volkova"):
        parsed = parse_name(name)
        assert parsed.surname_stem in ("omarov", "volkov"), name
        assert parsed.given_key in ("akbota", "svtelana"), name


def test_a_strong_surname_ending_beats_one_that_given_names_share() -> None:
    # Polina is not in the table and ends like Nosina; Sadenko's -enko is a surname's.
    for name in ("Polina Sadenko", "Саденко Полина"):
        parsed = parse_name(name)
        assert (parsed.surname_key, parsed.given_key) == ("sadenko", "polina"), name
