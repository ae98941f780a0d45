"""English names that have no known given name or surname ending: an initial before a
capitalised word ("M. Lee") is a person, and "To Mr …" or "Dear …" before a name is not part
of it."""

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def persons(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text, "en")["entities"]["persons"]]


def test_an_initial_and_a_short_surname_is_a_person() -> None:
    assert persons("Members present: K. Wong, T. Bell (secretary).") == ["K. Wong", "T. Bell"]


def test_an_address_line_gives_the_name_without_the_salutation() -> None:
    assert persons("To Mr Arslan Kemelbekov\nShymkent\n\nDear Mr Kemelbekov,") == [
        "Arslan Kemelbekov"
    ]
