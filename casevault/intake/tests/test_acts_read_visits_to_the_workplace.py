"""Officers calling at someone's work to talk to the employer is harassment, in the past tense
too ("came … spoke") and in Russian with the employer named late in the sentence."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Two detectives came to the school where she teaches and spoke to the director.", "en"),
        ("Полицейские пришли на завод к сварщику и долго беседовали с мастером цеха.", "ru"),
    ],
)
def test_a_visit_to_the_workplace_is_harassment(sentence: str, lang: str) -> None:
    assert "harassment" in {m.code for m in find_acts(sentence, lang)}
