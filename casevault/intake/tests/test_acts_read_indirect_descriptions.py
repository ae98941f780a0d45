import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Around ten officers broke into the flat that he rents.", "en", ["search"]),
        ("They turned it upside down and carried off two laptops.", "en", ["search", "confiscation"]),
        ("He was taken to the city police station in handcuffs.", "en", ["detention"]),
        ("Police took at least fourteen people to the district police department.", "en", ["detention"]),
        ("She was called in to the investigative committee and questioned.", "en", ["harassment"]),
        ("Investigators questioned my client without counsel.", "en", ["harassment", "denial_of_legal_counsel"]),
        ("He was made to stand for hours and was not taken out for walks.", "en", ["ill_treatment", "ill_treatment"]),
        ("Officers led Lisitsyn off the plane.", "en", ["travel_ban"]),
        ("The press service called him \"a foreign provocateur\".", "en", ["smear_campaign"]),
        ("She was followed by a car with no number plates.", "en", ["surveillance"]),
        ("A court gave them ten days of administrative arrest.", "en", ["administrative_arrest"]),
        ("Her camera was damaged.", "en", ["property_damage"]),
        ("В квартиру активиста ворвались сотрудники полиции.", "ru", ["search"]),
        ("Квартиру перевернули вверх дном.", "ru", ["search"]),
        ("Его доставили в департамент полиции, где продержали до вечера.", "ru", ["detention", "detention"]),
        ("Организаторов посадили в автозак.", "ru", ["detention"]),
        ("У журналистки отобрали камеру.", "ru", ["confiscation"]),
        ("Ей не дали встретиться с адвокатом.", "ru", ["denial_of_legal_counsel"]),
        ("Мне не дали встретиться с подзащитным.", "ru", ["denial_of_legal_counsel"]),
        ("Его допрашивали без защитника.", "ru", ["harassment", "denial_of_legal_counsel"]),
        ("Врача ему не вызвали.", "ru", ["denial_of_medical_care"]),
        ("Ему надели на голову пакет.", "ru", ["torture"]),
        ("Обвинение ей предъявили 2 марта.", "ru", ["prosecution"]),
        ("Полицейские пригрозив ей тюрьмой, ушли.", "ru", ["threat"]),
        ("С 5 декабря ей запрещено выезжать за пределы города.", "ru", ["travel_ban"]),
        ("Его вызвали в департамент полиции на беседу.", "ru", ["harassment"]),
    ],
)  # fmt: skip
def test_it_finds_acts_told_indirectly_passively_or_impersonally(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected
