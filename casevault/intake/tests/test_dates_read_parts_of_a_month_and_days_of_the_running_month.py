""" "Mid-March", «в конце марта», "on the 14th", «14-го числа» and chronology rows such as
«12.03 — …» are dated as narrowly as the text allows."""

from datetime import date

import pytest

from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure

REF = date(2026, 9, 1)


def dates(text: str, lang: str) -> list[tuple[str, str, list[str]]]:
    result = extract_text(text, lang, REF)
    return [(e["date"]["start"], e["date"]["end"], e["act_types"]) for e in result["events"]]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "In mid-April unknown men beat the journalist Asel Nurova.",
            "en",
            "2026-04-10",
            "2026-04-20",
        ),
        (
            "In early April unknown men beat the journalist Asel Nurova.",
            "en",
            "2026-04-01",
            "2026-04-10",
        ),
        (
            "At the end of April 2025 unknown men beat the journalist Asel Nurova.",
            "en",
            "2025-04-20",
            "2025-04-28",
        ),
        (
            "В середине апреля неизвестные избили журналистку Асель Нурову.",
            "ru",
            "2026-04-10",
            "2026-04-20",
        ),
        (
            "В начале апреля 2025 года неизвестные избили журналистку Асель Нурову.",
            "ru",
            "2025-04-01",
            "2025-04-10",
        ),
        (
            "В конце апреля неизвестные избили журналистку Асель Нурову.",
            "ru",
            "2026-04-20",
            "2026-04-28",
        ),
    ],
)
def test_a_part_of_a_month_is_a_range_of_its_days(
    text: str, lang: str, start: str, end: str
) -> None:
    assert dates(text, lang) == [(start, end, ["physical_assault"])]


def test_a_day_named_later_narrows_the_part_of_the_month() -> None:
    text = (
        "В конце апреля неизвестные избили журналистку Асель Нурову. "
        "По её словам, 24 апреля её избили у подъезда."
    )
    assert dates(text, "ru") == [("2026-04-24", "2026-04-24", ["physical_assault"])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In May the police searched her flat. On the 14th officers detained Asel Nurova.", "en"),
        (
            "In May the police searched her flat. The 14th of that month, officers detained Asel Nurova.",
            "en",
        ),
        ("В мае полиция провела обыск у неё дома. 14-го числа Асель Нурову задержали.", "ru"),
    ],
)
def test_the_day_of_the_running_month(text: str, lang: str) -> None:
    assert ("2026-05-14", "2026-05-14", ["detention"]) in dates(text, lang)


def test_the_5th_floor_is_no_day() -> None:
    text = "On 3 May 2026 officers detained Asel Nurova on the 5th floor of her office."
    assert dates(text, "en") == [("2026-05-03", "2026-05-03", ["detention"])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chronology, 2026\n\n12.03 – Asel Nurova detained at her home.\n14.03 – A court sentenced her to ten days of administrative arrest.",
            "en",
        ),
        (
            "Хроника, 2026 г.\n\n12.03 — Асель Нурову задержали у дома.\n14.03 — суд арестовал её на 10 суток.",
            "ru",
        ),
    ],
)
def test_chronology_rows_are_days_of_the_running_year(text: str, lang: str) -> None:
    found = dates(text, lang)
    assert [(s, acts[0]) for s, _, acts in found] == [
        ("2026-03-12", "detention"),
        ("2026-03-14", "administrative_arrest"),
    ]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_time_stamped_post_is_of_the_thread_s_day(lang: str) -> None:
    text = (
        "Thread, 21 October 2026\n\n"
        "[09:10] Reminder: Pavel Orlov was arrested in March 2025 over his posts.\n\n"
        "[13:05] Police detained Ivan Sokolov outside the court.\n\n"
        "[22 October, 11:20] A court fined Ivan Sokolov 30,000 roubles."
    )
    if lang == "ru":
        text = (
            "Тред, 21 октября 2026 г.\n\n"
            "[09:10] Напомним: Павла Орлова арестовали в марте 2025 года за посты.\n\n"
            "[13:05] У здания суда полиция задержала Ивана Соколова.\n\n"
            "[22 октября, 11:20] Суд оштрафовал Ивана Соколова на 30 тысяч рублей."
        )
    # The thread's own date is the reference here: no reference date is given.
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, lang)["events"]]
    assert ("2026-10-21", ["detention"]) in found
    assert ("2026-10-22", ["fine"]) in found


def test_a_wire_dateline_with_the_agency_s_name_is_the_document_s_date() -> None:
    text = (
        "ASTANA, June 9, 2026 (SteppeWire) - Police detained the activist Asel Nurova "
        "late on 8 June, her lawyer said."
    )
    result = extract_text(text, "en")
    assert result["document"]["date"] == "2026-06-09"
    assert [e["date"]["start"] for e in result["events"]] == ["2026-06-08"]


def test_the_day_of_this_month_is_of_the_document_s_month() -> None:
    text = (
        "Бюллетень, 28 сентября 2026 г.\n\n"
        "В середине августа активиста Нурлана Сарсенбаева уволили с работы. "
        "Журналистку Асель Нурову 14-го числа этого месяца не пустили в зал суда."
    )
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, "ru")["events"]]
    assert ("2026-09-14", ["facility_access_denial"]) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bulletin, 28 September 2026\n\nIn early September the activist Nurlan Sarsenbayev "
            "was dismissed; his appeal hearing is scheduled for October. On the 14th police "
            "detained Asel Nurova.",
            "en",
        ),
        (
            "Бюллетень, 28 сентября 2026 г.\n\nВ начале сентября активиста Нурлана Сарсенбаева "
            "уволили; заседание по его иску назначено на октябрь. 14-го числа полиция задержала "
            "Асель Нурову.",
            "ru",
        ),
    ],
)
def test_a_day_something_is_set_for_does_not_move_the_story(text: str, lang: str) -> None:
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, lang)["events"]]
    assert ("2026-09-14", ["detention"]) in found


def test_a_report_for_a_year_sets_the_year_of_its_months() -> None:
    text = (
        "Доклад о положении правозащитников за 2026 год\n\n"
        "Журналистку Ирину Захарову в феврале задержали у редакции.\n\n"
        "Екатеринбург, январь 2027 г."
    )
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, "ru")["events"]]
    assert found == [("2026-02", ["detention"])]


def test_today_in_a_dated_post_is_the_post_s_day() -> None:
    text = (
        "Канал «Право на голос» — записи за 7–12 февраля 2026 г.\n\n"
        "[07.02.2026 10:30]\nУ Веры Кольцовой прошёл обыск.\n\n"
        "[09.02.2026 09:00]\nСегодня Глеба Суворова уволили из колледжа.\n\n"
        "[12.02.2026 16:45]\nКанал опубликовал домашние адреса активистов."
    )
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, "ru")["events"]]
    assert ("2026-02-09", ["dismissal_from_work"]) in found


def test_a_state_lasting_until_now_began_in_the_latest_such_month() -> None:
    text = (
        "Letter, 2 October 2026\n\n"
        "Two years earlier, in 2024, police had detained my son Timur Abenov at a rally. "
        "Since mid-September he has been kept alone in a cell."
    )
    found = [
        (e["date"]["start"], e["date"]["end"], e["act_types"])
        for e in extract_text(text, "en")["events"]
    ]
    assert ("2026-09-10", "2026-09-20", ["solitary_confinement"]) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Report for 2026\n\nIn May Oleg Ryabov learned of a travel ban over a fine he "
            "had received back in December 2025. In December police detained Oleg Ryabov.\n\n"
            "Yekaterinburg, January 2027",
            "en",
        ),
        (
            "Доклад за 2026 год\n\nВ мае Олег Рябов узнал о запрете на выезд из-за штрафа, "
            "назначенного ещё в декабре 2025 года. В декабре полиция задержала Олега Рябова.\n\n"
            "Екатеринбург, январь 2027 г.",
            "ru",
        ),
    ],
)
def test_a_look_back_leaves_the_story_where_it_was(text: str, lang: str) -> None:
    found = [(e["date"]["start"], e["act_types"]) for e in extract_text(text, lang)["events"]]
    assert ("2026-12", ["detention"]) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Judgment\n\nThe court heard the case of Asel Nurova.\n\nPronounced on 21/10/2026.", "en"),
        ("Приговор\n\nСуд рассмотрел дело Асель Нуровой.\n\nОглашено 21.10.2026.", "ru"),
    ],
)
def test_the_day_a_ruling_was_pronounced_is_the_document_s_date(text: str, lang: str) -> None:
    assert extract_text(text, lang)["document"]["date"] == "2026-10-21"
