import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str) -> list[str]:
    return [m.code for m in find_acts(sentence, "ru")]


def test_blood_pressure_is_not_pressure_on_a_person() -> None:
    assert codes("Ей нужны таблетки от давления.") == []
    assert codes("Следователи оказывали давление на свидетелей.") == ["harassment"]


def test_a_rally_in_support_of_dismissed_workers_is_not_a_dismissal() -> None:
    assert codes("Люди вышли на пикет в поддержку уволенных шахтеров.") == []


def test_what_a_video_shows_is_not_reported_as_a_happening() -> None:
    assert codes("Он выложил ролик, на котором охранник толкает посетителя.") == []


def test_a_recurring_circumstance_is_not_an_act_of_its_own() -> None:
    assert codes("Его унижали при каждом досмотре.") == ["ill_treatment"]


def test_an_allegation_named_as_the_subject_of_a_letter_is_not_an_act() -> None:
    found = find_acts(
        "The experts wrote to the Government regarding the alleged unlawful arrest and "
        "beating of a journalist.",
        "en",
    )
    assert found == []
