"""What a sentence says did not happen: a denial before a "but", "none" at the end, a rumour
the text says was not borne out, a reader's question, a prosecutor's demand, a refusal to
open a case, and the day a hearing was put off to."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> set[str]:
    return {m.code for m in find_acts(sentence, lang)}


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        ("Обысков у него дома не проводилось, но соседей опрашивали.", "ru", "search"),
        ("Вопрос: были ли ещё обыски? Нет, обысков больше нет.", "ru", "search"),
        ("Коллеги интересуются, были ли задержания после митинга.", "ru", "detention"),
        ("Слухи о том, что активиста избили в ИВС, не подтвердились.", "ru", "physical_assault"),
        ("Reports that the blogger had been beaten were not confirmed.", "en", "physical_assault"),
        ("Readers ask whether anyone else was detained.", "en", "detention"),
        ("Обвинитель требовал для неё штраф в 100 000 рублей.", "ru", "fine"),
        ("В возбуждении уголовного дела по жалобе было отказано.", "ru", "prosecution"),
        ("Из-за неоплаченного штрафа приставы арестовали его счёт.", "ru", "fine"),
        (
            "The trial was adjourned to 14 March at the request of the defence.",
            "en",
            "court_hearing",
        ),
    ],
)
def test_the_act_is_left_out(sentence: str, lang: str, code: str) -> None:
    assert code not in codes(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        ("Обысков не было, но его продержали в отделе шесть часов.", "ru", "detention"),
        ("Его избили, а протокола не было.", "ru", "physical_assault"),
        ("Обыск прошёл ночью, понятых не было.", "ru", "search"),
        # A capital «Ли» is a surname, not the question particle.
        ("После эфира Ли задержали у здания телецентра.", "ru", "detention"),
        ("The trial was adjourned after the defendant fainted.", "en", "court_hearing"),
    ],
)
def test_the_act_told_beside_it_stays(sentence: str, lang: str, code: str) -> None:
    assert code in codes(sentence, lang)


def test_a_denial_of_holding_someone_refers_back_to_the_disappearance() -> None:
    (match,) = find_acts("Later the police denied holding him.", "en")
    assert match.code == "enforced_disappearance" and match.anaphoric
