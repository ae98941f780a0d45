"""Access given only late is a denial of counsel; a family told nothing of where a person
is held is a disappearance, although the sentence is worded with a negation."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The lawyer was admitted only after midnight.", "en", ["denial_of_legal_counsel"]),
        (
            "I was allowed to see my client only the next evening.",
            "en",
            ["denial_of_legal_counsel"],
        ),
        ("Защитника пропустили к нему только вечером.", "ru", ["denial_of_legal_counsel"]),
        ("Меня к подзащитному не пускали до обеда.", "ru", ["denial_of_legal_counsel"]),
        (
            "Адвоката, нанятого родителями ещё утром, в отдел так и не допустили.",
            "ru",
            ["denial_of_legal_counsel"],
        ),
        (
            "For two days the police would not tell his parents where he was.",
            "en",
            ["enforced_disappearance"],
        ),
        (
            "Родственникам не сообщали, где она находится.",
            "ru",
            ["enforced_disappearance"],
        ),
    ],
)
def test_late_access_and_hidden_whereabouts_are_acts(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected
