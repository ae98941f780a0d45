"""Properties that hold for any text, checked with Hypothesis."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.lib.translit import fold, name_key, to_latin, token_key

pytestmark = pytest.mark.pure

# Names as they arrive: Russian and Kazakh Cyrillic, Latin with diacritics, punctuation.
name_letters = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
    + list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzäëöüšžčçş")
    + list(" .,-'()")
)
names = st.lists(name_letters, max_size=40).map("".join)
any_text = st.text(max_size=60)


@given(any_text)
def test_no_function_raises_on_any_text(text: str) -> None:
    for function in (fold, to_latin, token_key, name_key):
        assert isinstance(function(text), str)


@given(any_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_to_latin_is_idempotent(text: str) -> None:
    assert to_latin(to_latin(text)) == to_latin(text)


@given(names)
def test_to_latin_of_a_name_is_plain_ascii(name: str) -> None:
    latin = to_latin(name)
    assert latin.isascii()
    assert latin == latin.strip()
    assert "  " not in latin


@given(any_text)
def test_a_name_and_its_romanisation_share_a_key(text: str) -> None:
    assert name_key(to_latin(text)) == name_key(text)


@given(st.lists(names, max_size=5))
def test_name_key_ignores_token_order(tokens: list[str]) -> None:
    assert name_key(" ".join(tokens)) == name_key(" ".join(reversed(tokens)))


@given(names)
def test_keys_contain_only_latin_letters_and_single_spaces(name: str) -> None:
    key = name_key(name)
    assert set(key) <= set("abcdefghijklmnopqrstuvwxyz ")
    assert all(key.split(" ")) or key == ""
