import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    return [m.code for m in find_acts(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Избиений, по его словам, не было.", "ru", []),
        ("Уголовное дело возбуждено не было.", "ru", []),
        ("Nobody told us they had been ill-treated.", "en", []),
        ("Никто из осуждённых не жаловался, что их избивали.", "ru", []),
        ("Накануне заседания по мере пресечения ему стало плохо.", "ru", []),
        ("Полиция следила за порядком.", "ru", []),
        ("Общественные слушания по проекту назначены на октябрь.", "ru", []),
        ("Митинг согласован с акиматом.", "ru", []),
        ("The court adjourned the hearing until 8 December.", "en", []),
    ],
)
def test_an_act_denied_after_it_or_only_named_is_left_out(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Его избили, а дело так и не возбудили.", "ru", ["physical_assault"]),
        ("He was beaten and his complaint was not answered.", "en", ["physical_assault"]),
    ],
)
def test_a_denial_of_something_else_keeps_the_act(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected
