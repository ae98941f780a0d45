"""A year told from memory and the reports around it: a title that names the year, days
spelt out ("the eighth of March", "the first Monday of November", "Tuesday the 14th"), a
state over two months, a dateline with its hour, sayings and relative clauses that do not
detach or date an act, and the wordings these texts use."""

import pytest

from casevault.intake.acts import find_acts
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def _events(text: str, lang: str = "en") -> list[tuple[str, str, list[str]]]:
    return [
        (e["date"]["start"], e["date"]["end"], e["act_types"])
        for e in extract_text(text, lang)["events"]
    ]


DIARY = (
    "My year, 2025 — notes for myself\n\n"
    "It really started last December. All four tyres of my car had been slashed.\n\n"
    "On the eighth of March police officers took Aida Sultanbekova and me by the arms and put "
    "us in a car. We spent about four hours at the district police station and were let go "
    "without any papers.\n\n"
    "In June and July a white car was parked across the street from our house every evening.\n\n"
    "In August my son Bakyt was going to Moscow. At the airport the border officer told him: "
    '"You are restricted from leaving the country."\n\n'
    "Then October. On Tuesday the 14th six men searched our flat for five hours.\n\n"
    "On the first Monday of November I was made to sign an undertaking not to leave the city."
)


def test_a_title_that_names_the_year_dates_a_text_with_no_day_in_it() -> None:
    assert _events(DIARY) == [
        ("2024-12", "2024-12", ["property_damage"]),
        ("2025-03-08", "2025-03-08", ["detention"]),
        ("2025-06", "2025-07", ["surveillance"]),
        ("2025-08", "2025-08", ["travel_ban"]),
        ("2025-10-14", "2025-10-14", ["search"]),
        ("2025-11-03", "2025-11-03", ["travel_ban"]),
    ]


def test_a_day_spelt_out_is_a_day_of_the_running_month() -> None:
    text = (
        "Statement of 16 April 2026.\n\n"
        "Denis called me in March. He said that on the twelfth they put him in the punishment "
        "cell for fifteen days."
    )
    assert ("2026-03-12", "2026-03-12", ["solitary_confinement"]) in _events(text)


def test_a_dateline_with_its_hour_dates_the_document() -> None:
    text = (
        "PRESS CONFERENCE\n"
        'Orenburg, regional press centre "Ural-Media", 16 April 2026, 11:00\n\n'
        "The day before yesterday an unknown man called me and said, "
        '"If you keep going to journalists, you will bury someone else."'
    )
    assert extract_text(text, "en")["document"]["date"] == "2026-04-16"
    assert _events(text) == [("2026-04-14", "2026-04-14", ["threat"])]


def test_sayings_and_relative_clauses_neither_detach_nor_date_the_act() -> None:
    text = (
        "Letter of 12 November 2025.\n\n"
        "On 7 April, he said, he cut himself with a razor blade.\n\n"
        "On 10 September 2025, Ms. Temirbekova, a video editor who has worked with Mr. Seitkali "
        "since 2022, was pushed to the ground by two unidentified men.\n\n"
        "On 3 September 2025 police searched his flat. Later that evening he was detained as a "
        "suspect under article 274."
    )
    events = _events(text)
    assert ("2025-04-07", "2025-04-07", ["self_harm_protest"]) in events
    assert ("2025-09-10", "2025-09-10", ["physical_assault"]) in events
    assert ("2025-09-03", "2025-09-03", ["detention", "prosecution"]) in events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'On Saturday a guard called me a "traitor who works for the West".',
            ["verbal_abuse"],
        ),
        ('They said "it would be a pity to spoil her future".', ["threat"]),
        (
            "A Telegram channel that nobody had heard of posted my photos with the caption "
            '"paid provocateur".',
            ["smear_campaign"],
        ),
        (
            "And the judge — I still can't believe it — refused and released me under a written "
            "undertaking not to leave Almaty.",
            ["travel_ban"],
        ),
        ("On 24 February the judge delivered the verdict in the case.", ["court_hearing"]),
        (
            "A defence request to question the expert was refused at the hearing on 3 February.",
            ["court_hearing"],
        ),
        (
            "He was arrested on 17 July 2025 at his parents' flat and charged the same day over "
            "three posts on his channel.",
            ["arrest", "prosecution", "prosecution_speech"],
        ),
        ("The lawyer lodged an appeal, asking for acquittal on all counts.", ["appeal"]),
        # what a letter is about, what was not set, what nobody reported, how many are held
        (
            "The Government was told of information received concerning the search of the home, "
            "the arrest and the detention of Mr. Seitkali.",
            [],
        ),
        ("The date of the appeal hearing has not yet been set.", []),
        ("None reported ill-treatment, threats or pressure from staff.", []),
        ("On the day of the visit, 412 persons were held in the facility.", []),
        (
            'The service says the allegations are "an attempt to discredit the staff".',
            [],
        ),
    ],
)
def test_wordings(sentence: str, expected: list[str]) -> None:
    assert [m.code for m in find_acts(sentence, "en")] == expected
