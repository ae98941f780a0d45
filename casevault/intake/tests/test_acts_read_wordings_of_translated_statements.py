"""Statements translated word for word keep the act in unusual wordings: "delivered into the
building of the police", "handcuffs fastened to a pipe", "obscene words", "promising that he
will rot in prison", "was not provided the lawyer"; and a lawyer refused access is told with
the lawyer as the subject."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> set[str]:
    return {m.code for m in find_acts(sentence, lang)}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The citizen was delivered into the building of the city police department.", "detention"),
        ("All night she sat with the handcuffs attached to a pipe.", "ill_treatment"),
        ("The officers used foul and insulting language towards the detainee.", "verbal_abuse"),
        ('They kept promising that she "would never see her children".', "threat"),
        ("A caller rang her at night warning her not to go to court.", "threat"),
        ("To the detainee it was not provided a lawyer for two days.", "denial_of_legal_counsel"),
        ("Her advocate, Mr Ospanov, was refused a meeting with her.", "denial_of_legal_counsel"),
        ("At the flat were withdrawn a laptop and three phones.", "confiscation"),
        ("She is charged under the article 341 of the Criminal Code.", "prosecution"),
        ("The major told her that if she kept writing, her shop would burn.", "threat"),
        ("At the station an offence report under art. 488 was drawn up.", "prosecution"),
    ],
)
def test_the_translated_wording_reads_as_the_act(sentence: str, code: str) -> None:
    assert code in codes(sentence, "en")


def test_a_lawyer_refused_entry_to_a_colony_is_both_acts() -> None:
    found = codes("On 2 May his lawyer was refused entry to the colony.", "en")
    assert {"denial_of_legal_counsel", "facility_access_denial"} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Эксперт не нашёл призывов во вменяемом ему посте.",
        "Защита просит отменить приговор и оправдать подсудимую.",
    ],
)
def test_a_charge_named_by_a_participle_or_a_request_is_no_new_act(sentence: str) -> None:
    assert codes(sentence, "ru") & {"prosecution", "acquittal"} == set()


def test_a_conditional_told_by_an_officer_is_a_threat() -> None:
    found = codes("Оперативник заявил ей, что если она не удалит пост, «будет хуже».", "ru")
    assert "threat" in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The court acquitted the farmer, who had been charged with fraud.", "en"),
        ("Суд оправдал пенсионерку, которую обвиняли в разжигании розни.", "ru"),
    ],
)
def test_the_charge_behind_a_verdict_is_no_new_prosecution(sentence: str, lang: str) -> None:
    assert codes(sentence, lang) == {"acquittal"}
