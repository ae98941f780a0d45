"""English lemma entries (lexicon/acts_en_lemmas.txt) match every tense and voice of a verb:
a chronology told in the present ("police question her") reads like one in the past."""

import pytest

from casevault.intake.acts import find_acts
from casevault.intake.morphology import english_lemmas

pytestmark = pytest.mark.pure


def codes(sentence: str) -> list[str]:
    return [m.code for m in find_acts(sentence, "en")]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("questioned", "question"),
        ("summons", "summon"),
        ("stopped", "stop"),
        ("carried", "carry"),
        ("seizing", "seize"),
        ("punctures", "puncture"),
        ("struck", "strike"),
        ("was", "be"),
    ],
)
def test_a_word_has_its_base_form_among_its_lemmas(word: str, lemma: str) -> None:
    assert lemma in english_lemmas(word)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next day detectives question him for six hours about his donors.", ["harassment"]),
        ("The activist was summoned to the regional prosecutor's office.", ["harassment"]),
        ("Her contract with the clinic was terminated without notice.", ["dismissal_from_work"]),
        ("Someone slashes all four tyres of his van overnight.", ["property_damage"]),
        ("A grey sedan follows him from the bus stop to his door.", ["surveillance"]),
        ("The magistrate fines him 200 indices.", ["fine"]),
        ("The tribunal found the three farmers guilty.", ["conviction"]),
        ("The tribunal found the three farmers not guilty.", ["acquittal"]),
        ("The judge remanded Olzhas in custody.", ["pretrial_detention"]),
        ("An officer banged his face against the table.", ["physical_assault"]),
        ("A guard wrenched her fingers back.", ["physical_assault"]),
        ("The trial resumed after a short break.", ["court_hearing"]),
        ("Unknown people spray-painted slogans on the gate of the farm.", ["property_damage"]),
        ("Anonymous channels posted his private address.", ["smear_campaign"]),
        ("Guards were forcing the prisoners to do squats for hours.", ["ill_treatment"]),
        ("Investigators are going through the archive of the newspaper.", ["search"]),
        ("Masked officers raided the headquarters of the union.", ["search"]),
        ("A report was then drawn up against the driver.", ["prosecution"]),
    ],
)
def test_english_acts_are_found_in_any_tense(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


def test_lemma_matches_are_negated_like_any_other() -> None:
    assert codes("The police did not question her about the leaflets.") == []
