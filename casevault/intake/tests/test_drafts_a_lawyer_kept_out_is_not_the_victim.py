import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def test_a_lawyer_refused_access_joins_the_clients_detention() -> None:
    text = (
        "Aktau, 17 November 2025\n\n"
        "Activist Bauyrzhan Alimkulov was detained on 17 November. "
        "Lawyer Inkar Dzhaksybekova has not been let in to see him."
    )
    events = extract_text(text, "en")["events"]
    assert len(events) == 1
    assert events[0]["act_types"] == ["detention", "denial_of_legal_counsel"]
    assert events[0]["victims"] == ["Bauyrzhan Alimkulov"]


def test_a_relative_who_tells_is_not_the_victim() -> None:
    text = (
        "Almaty, 3 February 2026\n\n"
        "On 31 January Nurzhan Abdikerimov was detained. "
        "His wife, Dinara Abdikerimova, says he was made to stand facing a wall for hours."
    )
    events = extract_text(text, "en")["events"]
    assert [e["victims"] for e in events] == [["Nurzhan Abdikerimov"]]
