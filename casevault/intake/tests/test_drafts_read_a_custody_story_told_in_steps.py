"""A custody story told in steps: day-first dates without a year, a taking and the days
nobody would say where the person was, a step dated by the one before it ("immediately
after the search"), a dropped case whose opening has its own date, requests that were
refused, and "on the 14th" after the story has moved on."""

from datetime import date

import pytest

from casevault.intake.acts import find_acts
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def _events(text: str, lang: str, reference: date | None = None) -> list[tuple[str, list[str]]]:
    return [
        (e["date"]["start"], e["act_types"]) for e in extract_text(text, lang, reference)["events"]
    ]


def test_a_taking_and_not_knowing_where_he_was_are_one_episode() -> None:
    text = (
        "Letter of 12/06/2026.\n\n"
        "On 05/06/2026 my brother Ilya Sorokin was taken by men in plain clothes outside his "
        "dormitory. After that we did not know where he was until the evening of 06/06.\n\n"
        'On 06/06 they charged him with "repeated discrediting of the armed forces" because '
        "of comments he wrote in a student chat.\n\n"
        "At the hearing on 07/06 the judge sent him to the detention centre for two months."
    )
    assert _events(text, "en") == [
        ("2026-06-05", ["detention", "enforced_disappearance"]),
        ("2026-06-06", ["prosecution", "prosecution_speech"]),
        ("2026-06-07", ["court_hearing", "pretrial_detention"]),
    ]


def test_day_and_month_after_a_preposition_take_the_running_year() -> None:
    text = (
        "Справка от 20 июня 2026 года.\n\n"
        "Рамиля Исаева задержали 2 июня 2026 года. С 06.06 его держат в ШИЗО."
    )
    assert ("2026-06-06", ["solitary_confinement"]) in _events(text, "ru")
    # a fraction or a score is no date
    assert _events("By 50/50 the committee voted to close.", "en", date(2026, 6, 1)) == []


def test_a_gap_after_a_named_day_dates_what_it_counts_from_not_the_act() -> None:
    text = (
        "Urgent action, 9 April 2026.\n\n"
        "On 2 April, two days after she wrote a complaint about conditions, Dinara Abilova "
        "was placed in a punishment cell for ten days."
    )
    assert ("2026-04-02", ["solitary_confinement"]) in _events(text, "en")


def test_what_follows_a_known_happening_is_dated_by_it() -> None:
    text = (
        "Urgent action, 9 April 2026.\n\n"
        "Dinara Abilova is held in pre-trial detention in Shymkent.\n\n"
        "On 19 February 2026 police searched her flat. Immediately after the search she was "
        "arrested and taken to the city police department."
    )
    events = _events(text, "en")
    assert ("2026-02-19", ["search"]) in events
    assert any(d == "2026-02-19" and "arrest" in codes for d, codes in events)


def test_a_dropped_case_whose_opening_is_dated_gives_two_happenings() -> None:
    text = (
        "Compiled in Aktau, 2 March 2026.\n\n"
        "May 2023 — A second criminal case, opened in January 2023 over his video "
        '("dissemination of knowingly false information"), was closed for lack of evidence '
        "of a crime."
    )
    assert _events(text, "en") == [
        ("2023-01", ["prosecution_speech", "prosecution"]),
        ("2023-05", ["charges_dropped"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His repeated requests to call a lawyer were refused.", ["denial_of_legal_counsel"]),
        (
            "I came for a scheduled meeting with my client and was not admitted.",
            ["denial_of_legal_counsel"],
        ),
        (
            "The administration has refused requests from her lawyer, Marat Iskakov, for an "
            "independent doctor to examine her.",
            ["denial_of_medical_care"],
        ),
        (
            "The guards refused to pass him the inhaler brought by his wife.",
            ["denial_of_medical_care"],
        ),
        ("On 4 May the investigator charged Mr Baimukhanov under Article 274.", ["prosecution"]),
        (
            'He received anonymous calls warning that his son "would not finish college".',
            ["threat"],
        ),
        # campaign calls and letters are no court appeals; a lawyer's appeal is
        ("TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS", []),
        ("The committee published an open appeal to the prosecutor.", []),
        ("On 3 May his lawyer appealed the ruling.", ["appeal"]),
        # nobody, and nothing the bill speaks of
        ("Not a single NGO head has been prosecuted since then.", []),
        ("The bill says nothing about searches or confiscating documents.", []),
        # the offence's name is no smear
        (
            'She is accused of "discrediting the armed forces".',
            ["prosecution", "prosecution_speech"],
        ),
    ],
)
def test_wordings(sentence: str, expected: list[str]) -> None:
    assert [m.code for m in find_acts(sentence, "en")] == expected


def test_the_day_of_the_month_after_the_story_moved_on_is_in_the_next_month() -> None:
    text = (
        "Pavlodar, 21 May 2026\n\n"
        "The administration refused to pass him the inhaler on 28 April.\n\n"
        "On the 14th I came to the detention centre for a scheduled meeting with my client "
        "and was not admitted."
    )
    assert ("2026-05-14", ["denial_of_legal_counsel"]) in _events(text, "en")
