import pytest

from casevault.intake.perpetrators import is_agent_phrase, perpetrator_type_for

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("police", "police"),
        ("сотрудники полиции", "police"),
        ("prison officers", "prison_staff"),
        ("сотрудники колонии", "prison_staff"),
        ("investigators", "investigator"),
        ("кнб", "security_service"),
        ("unknown men", "unknown"),
        ("Kenbulak District Court", "judge_court"),
        ("Marina Kovalenko", None),
    ],
)
def test_agent_words_in_both_languages_name_a_perpetrator_type(text: str, code: str | None) -> None:
    assert perpetrator_type_for(text) == code


def test_only_common_nouns_count_as_a_bare_agent() -> None:
    assert is_agent_phrase("police officers")
    assert not is_agent_phrase("Kenbulak District Court")
    assert not is_agent_phrase("Marina Kovalenko")
