import re

import pytest

from casevault.intake.prefilter import Literal, fold_case, required_literals

pytestmark = pytest.mark.pure


def texts(pattern: str, flags: int = 0) -> set[str] | None:
    needed = required_literals(re.compile(pattern, flags))
    return None if needed is None else {literal.text for literal in needed}


def test_it_takes_a_run_of_literals_whole_across_word_boundaries() -> None:
    assert texts(r"\bhunger\s+strike\b") in ({"hunger"}, {"strike"})
    assert texts(r"\btravel\bban") == {"travelban"}


def test_it_takes_one_literal_from_each_alternative() -> None:
    assert texts(r"\b(?:beat(?:en)?|kicked|punched)\b") == {"beat", "kicked", "punched"}


def test_it_ignores_optional_parts_and_prefers_longer_literals() -> None:
    assert texts(r"(?:since\s+)?\b(?:on\s+)?tuesday") == {"tuesday"}
    assert texts(r"\d+\s+days?\s+ago") == {"day"} or texts(r"\d+\s+days?\s+ago") == {"ago"}
    # The parser moves a prefix all alternatives share out of them: "searche" + "d" | "s".
    assert texts(r"(?:a|an)?\s*(?:searched|searches)") == {"searche"}


def test_it_knows_nothing_of_a_pattern_without_a_required_literal() -> None:
    assert texts(r"\d{4}\W\d{2}") is None
    assert texts(r"(?:arrest|\d+)") is None
    assert texts(r"(?:detained)?") is None


def test_case_insensitive_literals_are_folded_and_marked() -> None:
    needed = required_literals(re.compile(r"\bYesterday\b", re.IGNORECASE))
    assert needed == frozenset({Literal("yesterday", any_case=True)})
    mixed = required_literals(re.compile(r"(?i:on)\s+(?:March|June)"))
    assert mixed == frozenset({Literal("March", any_case=False), Literal("June", any_case=False)})
    assert required_literals(re.compile(r"(?i:since)\s+\d")) == frozenset(
        {Literal("since", any_case=True)}
    )


def test_fold_case_compares_characters_as_the_regex_engine_does() -> None:
    # Under re.IGNORECASE "ſ" is "s", "K" (kelvin) is "k", "ᲀ" is "в", "İ" is "i".
    assert fold_case("ſince") == fold_case("SINCE") == "since"
    assert fold_case("İ") == fold_case("i")
    assert fold_case("ᲀчера") == fold_case("ВЧЕРА")
    assert len(fold_case("İstanbul Σ")) == len("İstanbul Σ")
    letters = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяёµσ"
    chars = [chr(code) for code in [*range(0x3000), *range(0xFB00, 0xFB07)]]
    chars = [c for c in chars if not 0xD800 <= ord(c) < 0xE000]
    for letter in letters:
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for char in chars:
            if pattern.fullmatch(char):
                assert fold_case(char) == fold_case(letter), (letter, char)
