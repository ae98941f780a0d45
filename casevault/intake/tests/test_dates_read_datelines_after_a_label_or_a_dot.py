"""A document dates itself on lines like "Compiled 20 March 2026", "Nurlan B., lawyer ·
12 June 2026" or «Подготовлено 3 мая 2026 г.»."""

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Compiled 20 March 2026", "2026-03-20"),
        ("Aliya Nurbek, advocate · 12 June 2026", "2026-06-12"),
        ("Press office | 4 May 2026", "2026-05-04"),
    ],
)
def test_the_line_gives_the_document_date(head: str, expected: str) -> None:
    result = extract_text(f"Notes on a case\n{head}\n\nNothing happened that week.", "en")
    assert result["document"]["date"] == expected


def test_a_russian_label_gives_the_document_date() -> None:
    text = "Хроника дела\nПодготовлено 3 мая 2026 г.\n\nНа этой неделе ничего не произошло."
    assert extract_text(text, "ru")["document"]["date"] == "2026-05-03"
