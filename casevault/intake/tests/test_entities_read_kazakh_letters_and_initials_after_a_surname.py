"""Russian-language names: Kazakh letters belong to a name («Әлия Сейітқызы»), a surname
with initials after a role in the genitive is a man's («прокурора Ахметова Б. К.»), a given
name and surname the tagger split are one person, and a name on the line under a heading is
read without the heading."""

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def persons(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text, "ru")["entities"]["persons"]]


def test_kazakh_letters_stay_inside_a_name() -> None:
    found = persons("Журналистку Әйгерім Төлеубаеву не пустили на заседание акимата.")
    assert found == ["Әйгерім Төлеубаева"]


def test_a_surname_after_a_role_in_the_genitive_is_a_mans() -> None:
    found = persons(
        "Дело рассмотрено с участием прокурора Ахметова Б. К. и защитника Рахимовой Д. С."
    )
    assert found == ["Б. К. Ахметов", "Д. С. Рахимова"]


def test_a_name_under_a_heading_is_read_without_the_heading() -> None:
    text = "2. Гибель в ИВС Арыси\nҚайрат Жұмағұлов, 39 лет, умер в изоляторе 5 мая."
    assert "Қайрат Жұмағұлов" in persons(text)


def test_a_role_in_the_accusative_leaves_her_surname_hers() -> None:
    assert "Петров" not in persons("Полиция задержала адвоката Петрову у здания суда.")


def test_initials_written_first_keep_the_hint_of_the_role() -> None:
    found = persons("Дело рассмотрено с участием судьи Р. Ф. Мусина и прокурора Б. К. Ахметова.")
    assert found == ["Р. Ф. Мусин", "Б. К. Ахметов"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Приговор в отношении Тұрсынова Бағлана Әділұлы оставлен в силе.",
            "Бағлан Әділұлы Тұрсынов",
        ),
        ("Жалоба от Омаровой Әсем Бекқызы поступила в фонд.", "Әсем Бекқызы Омарова"),
    ],
)
def test_a_kazakh_patronymic_tells_the_gender_in_the_official_order(text: str, name: str) -> None:
    assert persons(text) == [name]
