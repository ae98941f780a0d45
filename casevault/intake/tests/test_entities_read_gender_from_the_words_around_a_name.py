"""Russian and Kazakh names in oblique cases: the word before a name, a woman's surname
ending, an undeclined given name, a surname natasha tags as a place, and given names or
surnames alone."""

import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure


def names(text: str, lang: str = "ru") -> list[str]:
    found, _ = group_people(find_entities(text, lang))
    return [p.name for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Администрация давит на осуждённого Ерлана Жумабекова.", ["Ерлан Жумабеков"]),
        ("Как рассказала его сестра Меруерт Жексенбаева, в отделе.", ["Меруерт Жексенбаева"]),
        ("Утром к журналистке Анаре Ибраевой пришли с обыском.", ["Анара Ибраева"]),
        ("Прокурору\nот Касымовой Динары Ахметовны\n\nОБРАЩЕНИЕ", ["Динара Ахметовна Касымова"]),
    ],
)
def test_names_are_put_in_the_nominative_with_the_right_gender(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_given_name_alone_joins_the_person_named_in_full() -> None:
    text = "К журналистке Анаре Ибраевой пришли с обыском. После обыска Анару увезли."
    assert names(text) == ["Анара Ибраева"]


def test_a_surname_after_an_initial_joins_the_person_named_in_full() -> None:
    text = "Суд осудил Талгата Нургалиева. Защита Т. Нургалиева обжалует приговор."
    assert names(text) == ["Талгат Нургалиев"]


def test_a_capitalised_role_word_is_not_part_of_an_english_name() -> None:
    assert names("Blogger Nurzhan Abdikerimov was detained.", "en") == ["Nurzhan Abdikerimov"]


def test_words_of_address_and_unknown_lone_words_are_not_names() -> None:
    text = (
        "ПРОКУРАТУРА ГОРОДА ШЫМКЕНТ\n\nГражданке Абдуллаевой М.К.\n\n"
        "На Ваше обращение от 12.02.2026 сообщаем следующее.\n\n"
        "Проверкой установлено, что 28.01.2026 Ваш сын Абдуллаев Тимур Рустамович был задержан "
        "сотрудниками полиции. У Абдуллаева Т.Р. зафиксированы кровоподтёки."
    )
    # Her initials and his fit each one: «Абдуллаева Т.Р.» is the son, not the mother.
    assert names(text) == ["М. К. Абдуллаева", "Тимур Рустамович Абдуллаев"]
    assert names("Сегодня в суде № 2 Кызылорды продолжилось рассмотрение дела.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man's role before him, with a place between: his dative, not her accusative
        (
            "По поводу сообщений о насилии к жителю Оренбурга Руслану Галиеву пресс-служба "
            "сообщает следующее. Галиева доставили в отдел.",
            ["Руслан Галиев"],
        ),
        # a surname in -цкий, with a given name and with an initial
        ("Пост Олега Ставицкого удалён. В отношении О. Ставицкого проверка.", ["Олег Ставицкий"]),
        # a surname in a consonant declines with his given name, and alone
        (
            "Вчера к Глебу Мартынюку пришли с обыском. Квартиру Мартынюка обыскали.",
            ["Глеб Мартынюк"],
        ),
        (
            "Дмитрий Гребенюк оштрафован. Гребенюку назначили штраф, у Гребенюка изъяли телефон.",
            ["Дмитрий Гребенюк"],
        ),
    ],
)
def test_mens_surnames_in_oblique_cases(text: str, expected: list[str]) -> None:
    assert names(text) == expected
