import pytest

from casevault.intake.language import detect_language

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police detained the activist on Monday.", "en"),
        ("Полиция задержала активиста в понедельник.", "ru"),
        ("Айгерим Нурланқызы Сапарова была уволена из школы 11 декабря.", "ru"),
        ("Полиция белсендіні дүйсенбі күні ұстады, құқық қорғаушылар мәлімдеді.", "kk"),
        ("12.01.2019", "und"),
    ],
)
def test_it_tells_english_russian_and_kazakh_apart(text: str, lang: str) -> None:
    assert detect_language(text) == lang
