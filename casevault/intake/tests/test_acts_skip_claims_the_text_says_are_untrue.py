"""A claim the text then calls untrue is no act: a police statement denying allegations
(«утверждения … не соответствуют действительности», "reports that … are not true"), or an
examination that found nothing («телесных повреждений не выявило»)."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Утверждения родственников о том, что в отделе его избивали, не соответствуют "
            "действительности.",
            "ru",
            [],
        ),
        (
            "Публикация блогера, где утверждается, что у активистки провели обыск, не "
            "соответствует действительности.",
            "ru",
            [],
        ),
        (
            "Заявление матери задержанного, Фариды Ахметовой, о том, что сотрудники угрожали её "
            "сыну, не нашло подтверждения.",
            "ru",
            [],
        ),
        ("Медицинское освидетельствование телесных повреждений не выявило.", "ru", []),
        ("Reports that officers beat him at the station are not true.", "en", []),
        # told as fact, they stay
        ("В отделе его избивали.", "ru", ["physical_assault"]),
        ("Освидетельствование выявило телесные повреждения.", "ru", ["physical_assault"]),
    ],
)
def test_a_claim_called_untrue_is_no_act(sentence: str, lang: str, expected: list[str]) -> None:
    assert [m.code for m in find_acts(sentence, lang)] == expected
