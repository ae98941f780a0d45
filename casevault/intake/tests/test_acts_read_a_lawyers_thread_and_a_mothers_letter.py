"""Russian texts of round 9: a lawyer's thread under a heading without a year, a mother's
letter with only relative dates, a visit note with its hours, a hearing note with its
place; and the wordings they use (taken away to the Investigative Committee, a lawyer not
given, a gate not passed, a report the next sentence calls untrue, a fine for
«дискредитация» that is no smear, a cell in a colony that is no administrative arrest)."""

import pytest

from casevault.intake.acts import find_acts
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (e["date"]["start"], e["date"]["end"], e["act_types"])
        for e in extract_text(text, "ru")["events"]
    ]


def test_a_heading_without_a_year_takes_the_year_its_weekday_fits() -> None:
    text = (
        "Адвокат Тарасов | политические дела\n"
        "четверг, 19 февраля\n\n"
        "[08:50] Дело возбуждено ещё 10 февраля 2026 г. Вчера к Глебу Мартынюку пришли с "
        "обыском. После обыска Глеба увезли в следственный комитет, ночь он провёл в ИВС.\n\n"
        "[13:55] Суд удовлетворил ходатайство следствия: Глеб Андреевич Мартынюк арестован на "
        "два месяца, до 18 апреля.\n\n"
        "[14:20] Пишут в чатах, что задержали жену Глеба. Это не так.\n\n"
        "[21:40] Апелляцию на арест подадим завтра."
    )
    assert extract_text(text, "ru")["document"]["date"] == "2026-02-19"
    assert _events(text) == [
        ("2026-02-10", "2026-02-10", ["prosecution"]),
        ("2026-02-18", "2026-02-18", ["search"]),
        ("2026-02-18", "2026-02-18", ["detention"]),
        ("2026-02-19", "2026-02-19", ["court_hearing", "pretrial_detention"]),
    ]


def test_a_mothers_letter_dated_by_the_day_it_came() -> None:
    text = (
        "С начала месяца ему не дают инсулин.\n\n"
        "А в понедельник его посадили в ШИЗО на 15 суток. Прошлой весной его уже держали в "
        "ШИЗО почти месяц.\n\n"
        "Позавчера адвокат приехала в колонию, но её не пустили дальше КПП.\n\n"
        "На прошлой неделе мне позвонил мужчина и посоветовал мне «не писать жалобы»."
    )
    from datetime import date

    events = [
        (e["date"]["start"], e["date"]["end"], e["act_types"])
        for e in extract_text(text, "ru", date(2025, 3, 12))["events"]
    ]
    assert ("2025-03", "2025-03", ["denial_of_medical_care"]) in events
    assert ("2025-03-10", "2025-03-10", ["solitary_confinement"]) in events
    assert ("2024-03", "2024-05", ["solitary_confinement"]) in events
    assert ("2025-03-10", "2025-03-10", ["denial_of_legal_counsel"]) in events
    assert any(code == ["threat"] and start.startswith("2025-03-0") for start, _, code in events)


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Дата посещения: 18 ноября 2025 г., с 10:30 до 16:15", "2025-11-18"),
        ("4 марта 2026 г., Барнаул", "2026-03-04"),
    ],
)
def test_a_dateline_with_hours_or_a_place_dates_the_document(heading: str, day: str) -> None:
    text = f"СПРАВКА\n\n{heading}\n\nЗаседание отложено."
    assert extract_text(text, "ru")["document"]["date"] == day


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("После обыска Глеба увезли в следственный комитет.", ["search", "detention"]),
        ("Ночь он провёл в ИВС.", ["detention"]),
        ("Адвоката ему вчера фактически не дали.", ["denial_of_legal_counsel"]),
        ("В допуске в карцерное помещение нам было отказано.", ["facility_access_denial"]),
        (
            "Он так и не был осмотрен; лекарства, переданные родственниками, ему не выдают.",
            ["denial_of_medical_care", "denial_of_medical_care"],
        ),
        ("Суд Актобе в четверг вынес решения по делам двух активистов.", ["court_hearing"]),
        ("Его посадили в ШИЗО на 15 суток.", ["solitary_confinement"]),
        ("Его посадили на 15 суток.", ["administrative_arrest"]),
        (
            "Дело возбуждено по ст. 280.3 УК РФ («повторная дискредитация» армии).",
            ["prosecution", "prosecution_speech"],
        ),
        # not acts: a clerk's title, a class of people, a plan, a refusal to detain, a
        # bailiffs' order
        ("Секретарь судебного заседания сообщила сторонам об отложении.", []),
        ("Жалобы лиц, содержащихся под стражей", []),
        ("Апелляцию на арест подадим завтра.", []),
        ("Третью участницу, пенсионерку Асель Жумабаеву, задерживать не стали.", []),
        ("Судебные приставы вынесли постановление о запрете выезда.", ["travel_ban"]),
    ],
)
def test_wordings(sentence: str, expected: list[str]) -> None:
    assert [m.code for m in find_acts(sentence, "ru")] == expected


def test_a_text_with_no_date_of_its_own_runs_on_past_its_latest_full_date() -> None:
    # Only 14 January 2026 has a year: the March hearings after it are in 2026, not 2025
    # (a day far past a document's own date would be a slip; this text gives none).
    text = (
        "Сводка по делу\n\n"
        "Бекболатов был задержан 14 января 2026 года у себя на работе.\n\n"
        "Заседание 4 (18 марта). Оглашение приговора. Бекболатов признан виновным."
    )
    assert ("2026-03-18", "2026-03-18", ["conviction"]) in _events(text)


def test_letters_a_censor_holds_back_are_no_detention() -> None:
    sentence = "Требовал, чтобы ему отдавали письма от родных, которые задерживает цензор."
    assert find_acts(sentence, "ru") == []
    assert [m.code for m in find_acts("Его задерживают уже третий раз.", "ru")] == ["detention"]


def test_a_planned_month_does_not_move_the_story_into_its_year() -> None:
    text = (
        "Обзор за 2025 год\n\n"
        "В начале февраля активистку оштрафовали за пост. Апелляционную жалобу на штраф "
        "планируется рассмотреть только в феврале 2026 года.\n\n"
        "В середине апреля у неё провели обыск."
    )
    assert ("2025-04-10", "2025-04-20", ["search"]) in _events(text)


def test_a_dateline_with_a_bar_and_an_hour_dates_the_document() -> None:
    text = "Police search home of a blogger\n\nTuesday, March 3, 2026 | 14:52\n\nHe was fined."
    assert extract_text(text, "en")["document"]["date"] == "2026-03-03"
