import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> list[str]:
    """The act types found, each once, in order (two wordings of one act count once)."""
    return list(dict.fromkeys(m.code for m in find_acts(sentence, lang)))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "On 8 October police searched her house and confiscated two computers.",
            "en",
            ["search", "confiscation"],
        ),
        ("He was not beaten.", "en", []),
        ("The prison service denied any torture.", "en", []),
        ("The criminal case against her was dropped in December.", "en", ["charges_dropped"]),
        ("We call on the authorities to stop the harassment of Ms Akhmetova.", "en", []),
        ("They threatened to arrest her.", "en", ["threat"]),
        ("Her lawyer was not allowed to see her.", "en", ["denial_of_legal_counsel"]),
        ("She published an account of beatings in the colony.", "en", []),
        ("Police opened a case into the arson of her car.", "en", ["arson"]),
        ("She spent two months in pre-trial detention.", "en", ["pretrial_detention"]),
        ("Его не били.", "ru", []),
        (
            "Уголовное дело прекратили за отсутствием состава преступления.",
            "ru",
            ["charges_dropped"],
        ),
        ("Мы требуем прекратить преследование активистов.", "ru", []),
        ("Адвоката к нему не допустили.", "ru", ["denial_of_legal_counsel"]),
        ("Суд арестовал его на 10 суток.", "ru", ["administrative_arrest"]),
        ("В отношении неё возбудили уголовное дело.", "ru", ["prosecution"]),
        ("Полиция отказалась возбуждать уголовное дело по факту нападения.", "ru", []),
        ("Департамент опроверг информацию о пытках.", "ru", []),
        ("Семинар о правах задержанных прошёл в апреле.", "ru", []),
    ],
)
def test_it_finds_real_acts_and_leaves_out_negated_and_unreal_ones(
    sentence: str, lang: str, expected: list[str]
) -> None:
    assert codes(sentence, lang) == expected


def test_a_hedged_allegation_is_kept_but_marked() -> None:
    (match,) = find_acts("He was allegedly tortured in the colony.", "en")
    assert match.code == "torture" and match.hedged
