import pytest

from casevault.intake.acts import ACT_TYPES, _lexicon

pytestmark = pytest.mark.pure


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_lexicon_entry_is_a_vocabulary_code_and_compiles(lang: str) -> None:
    entries = _lexicon(lang)
    assert {code for code, _ in entries} <= set(ACT_TYPES)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_vocabulary_code_has_words_in_both_languages(lang: str) -> None:
    assert {code for code, _ in _lexicon(lang)} == set(ACT_TYPES)
