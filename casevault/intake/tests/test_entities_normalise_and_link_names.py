import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure


def people(text: str, lang: str) -> list[tuple[str, int]]:
    found, _ = group_people(find_entities(text, lang))
    return [(p.name, p.mentions) for p in found]


def test_russian_names_are_put_in_the_nominative_and_lone_surnames_join_them() -> None:
    text = (
        "Сотрудники полиции вывели Елену Семёнову из здания. Семёновой угрожали. "
        "Следователь Марат Жумабаев допросил Ларису Петровну Кондратьеву."
    )
    assert people(text, "ru") == [
        ("Елена Семёнова", 2),
        ("Марат Жумабаев", 1),
        ("Лариса Петровна Кондратьева", 1),
    ]


def test_english_rules_find_people_by_given_names_roles_and_surname_shapes() -> None:
    text = (
        "Police dragged Elena Semionova out of the Ekibastuz police station. "
        "Investigator Marat Zhumabayev questioned her. Semionova said lawyer Dmitry Kim was absent."
    )
    assert people(text, "en") == [
        ("Elena Semionova", 2),
        ("Marat Zhumabayev", 1),
        ("Dmitry Kim", 1),
    ]


def test_organisations_and_places_follow_the_english_patterns() -> None:
    text = "The prison service of Pavlodar region and the Kenbulak District Court upheld the ban in Almaty."
    kinds = {(m.kind, m.name) for m in find_entities(text, "en")}
    assert ("organization", "prison service of Pavlodar region") in kinds
    assert ("organization", "Kenbulak District Court") in kinds
    assert ("place", "Almaty") in kinds


def test_a_cyrillic_and_a_latin_spelling_share_a_key() -> None:
    (ru,), _ = group_people(find_entities("Полиция задержала Елену Семёнову.", "ru"))
    (en,), _ = group_people(find_entities("Police detained Elena Semionova.", "en"))
    assert ru.key == en.key
