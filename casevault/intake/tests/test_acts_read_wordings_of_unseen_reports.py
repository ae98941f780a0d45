"""Act wordings that fresh reports used and the lexicon first missed: families of words,
first-person accounts, and Russian lemma entries with a wider gap."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("On 11 April the clinic let her go, citing restructuring.", "en", ["dismissal_from_work"]),
        ("He was laid off a week later.", "en", ["dismissal_from_work"]),
        ("She was held for about five hours at the district police station.", "en", ["detention"]),
        ("Officers now admit he is being held there.", "en", ["detention"]),
        ("Investigators went through every room of her flat.", "en", ["search"]),
        ("They went through my bag and my laptop.", "en", ["search"]),
        ("She learned that she is a suspect in a case of incitement.", "en", ["prosecution"]),
        ("A magistrate ordered her to pay 275,000 tenge.", "en", ["fine"]),
        ("The medical unit refused to examine him.", "en", ["denial_of_medical_care"]),
        ("He had been refused insulin for weeks.", "en", ["denial_of_medical_care"]),
        ("Guards poured cold water over him.", "en", ["ill_treatment"]),
        ("Masked men with no insignia threw him into a grey Lada.", "en", ["abduction"]),
        ("URGENT. The activist was grabbed off the street.", "en", ["abduction"]),
        ("He was seized by plain-clothes officers outside a cafe.", "en", ["detention"]),
        (
            "The memory card was removed and has not been handed back.",
            "en",
            ["confiscation", "confiscation"],
        ),
        (
            "Lawyer Inkar Dzhaksybekova still has not been let in to see him.",
            "en",
            ["denial_of_legal_counsel"],
        ),
        ("They suggested she think about her children.", "en", ["threat"]),
        ("He said I should stop travelling if I care about my job.", "en", ["threat"]),
        ("Унесли всё: два системных блока, жёсткие диски.", "ru", ["confiscation"]),
        ("Анару увезли на допрос в ДП.", "ru", ["detention"]),
        ("Дверь выбили, его уложили лицом в пол.", "ru", ["property_damage", "physical_assault"]),
        ("На свидание с подзащитным её не пропустили.", "ru", ["denial_of_legal_counsel"]),
        (
            "Встретиться с защитником ему позволили лишь на третьи сутки.",
            "ru",
            ["denial_of_legal_counsel"],
        ),
        (
            "Суд признал председателя профсоюза нефтяников Талгата Нургалиева виновным.",
            "ru",
            ["conviction"],
        ),
        ("Суд назначил ему три года ограничения свободы.", "ru", ["conviction"]),
        ("Заседание открылось с опозданием на час.", "ru", ["court_hearing"]),
        ("В прошлом году он лишился места учителя.", "ru", ["dismissal_from_work"]),
        ("Были вскрыты все шкафы, изъяты телефоны.", "ru", ["search", "confiscation"]),
        ("Жылкыбаев находится под стражей с 13 декабря.", "ru", ["pretrial_detention"]),
        ("Депутат подал на неё в суд за статью.", "ru", ["libel_suit"]),
        ("Его вызвали в акимат района.", "ru", ["harassment"]),
        ("Ему посоветовали не лезть не в своё дело.", "ru", ["threat"]),
        ("Six men came in and started opening every drawer.", "en", ["search"]),
        ("They bagged my phone and a box of leaflets.", "en", ["confiscation"]),
        ("At night I was moved to the temporary holding facility.", "en", ["detention"]),
        ("He had been held in a disciplinary cell for 45 days.", "en", ["solitary_confinement"]),
        ("The court ordered the newspaper to publish a retraction.", "en", ["libel_suit"]),
        ("Блогер с понедельника голодает в СИЗО.", "ru", ["hunger_strike"]),
        ("Суд отправил его в СИЗО на два месяца.", "ru", ["pretrial_detention"]),
        ("В Telegram-каналах её называют «агентом Запада».", "ru", ["smear_campaign"]),
        ("Вызвана в департамент полиции для дачи объяснений.", "ru", ["harassment"]),
        ("Суд запретил ей выезд за пределы области.", "ru", ["travel_ban"]),
        ("У него зафиксированы кровоподтёки в области лица.", "ru", ["physical_assault"]),
    ],
)
def test_fresh_wordings_of_acts_are_found(sentence: str, lang: str, expected: list[str]) -> None:
    assert codes(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "absent"),
    [
        ("A border officer disappeared for forty minutes.", "en", "enforced_disappearance"),
        ("Police let him go after three hours.", "en", "dismissal_from_work"),
        ("Следующее заседание пройдёт 16 декабря.", "ru", "court_hearing"),
        ("Его забрали из дома, а телефон оставили.", "ru", "confiscation"),  # the person
        ("Суд может назначить до трёх лет лишения свободы.", "ru", "conviction"),
        ("Q: Were you detained or beaten?", "en", "detention"),  # a question reports nothing
        ("Меня продержали в коридоре три часа.", "ru", "detention"),  # a visitor kept waiting
        (
            "Доводы о том, что защитнику было отказано в свидании, не подтвердились.",
            "ru",
            "denial_of_legal_counsel",
        ),
    ],
)
def test_look_alikes_are_not_those_acts(sentence: str, lang: str, absent: str) -> None:
    assert absent not in codes(sentence, lang)


def test_an_urgent_appeal_is_not_a_demand() -> None:
    # "URGENT" is not "urge": the act it reports happened.
    assert codes("URGENT: blogger detained in Aktau.", "en") == ["detention"]
