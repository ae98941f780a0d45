"""The fixed wording of our statements, in English and Russian (written for CaseVault)."""

from __future__ import annotations

# How an act reads after the victim's name in an English chronology sentence. Act types
# without an entry read "<victim>: <label>".
EN_ACT_PHRASES = {
    "arrest": "was arrested",
    "detention": "was detained",
    "pretrial_detention": "was remanded in custody",
    "administrative_arrest": "was placed under administrative arrest",
    "abduction": "was abducted",
    "enforced_disappearance": "was forcibly disappeared",
    "incommunicado_detention": "was held incommunicado",
    "torture": "was tortured",
    "ill_treatment": "was ill-treated",
    "physical_assault": "was physically assaulted",
    "sexual_violence": "was subjected to sexual violence",
    "verbal_abuse": "was verbally abused",
    "threat": "received threats",
    "killing": "was killed",
    "death_in_custody": "died in custody",
    "prosecution": "was prosecuted",
    "prosecution_speech": "was prosecuted for speaking out",
    "court_hearing": "faced a court hearing",
    "conviction": "was convicted",
    "libel_suit": "was sued for defamation",
    "fine": "was fined",
    "arson": "was the target of an arson attack",
    "property_damage": "had property damaged",
    "search": "was subjected to a search",
    "confiscation": "had property seized",
    "travel_ban": "was prevented from travelling",
    "facility_access_denial": "was denied access to places of detention",
    "solitary_confinement": "was held in solitary confinement",
    "denial_of_medical_care": "was denied medical care",
    "denial_of_legal_counsel": "was denied access to a lawyer",
    "denial_of_family_contact": "was denied contact with family",
    "surveillance": "was put under surveillance",
    "harassment": "was harassed",
    "dismissal_from_work": "was dismissed from work",
    "smear_campaign": "was targeted by a smear campaign",
    "self_harm_protest": "harmed themselves in protest",
    "hunger_strike": "went on hunger strike",
}

TEXT = {
    "en": {
        "chronology": "Chronology",
        "background": "Background",
        "demands": "Our demands",
        "by": "by",
        "unknown_victim": "an unidentified person",
        "others": "others",
        "and": "and",
        "opening": (
            "We are gravely concerned about the reprisals documented below against {victims}. "
            "{when} we recorded {events} incidents. We call on the "
            "authorities to end them and to investigate every one of them."
        ),
        "opening_empty": "We are gravely concerned about the facts documented below.",
        "demand_list": [
            "Stop all reprisals against {victims} and against everyone who documents "
            "violations in places of detention.",
            "End every proceeding brought against them for their human rights work.",
            "Investigate the attacks described above promptly, impartially and effectively, "
            "and bring those responsible to justice.",
            "Guarantee that public monitors can visit places of detention without obstruction.",
        ],
        "source_types": "Source",
        "reference": "Reference",
        "page": "Page",
        "of": "of",
        "note_on_names": (
            "Some people in this statement are not named, at their request or for their safety."
        ),
    },
    "ru": {
        "chronology": "Хронология",
        "background": "Контекст",
        "demands": "Наши требования",
        "by": "причастны:",
        "unknown_victim": "неустановленное лицо",
        "others": "другие",
        "and": "и",
        "opening": (
            "Мы глубоко обеспокоены преследованием, задокументированным ниже; пострадавшие: "
            "{victims}. {when} мы зафиксировали случаев: {events}. Мы призываем "
            "власти прекратить преследование и расследовать каждый случай."
        ),
        "opening_empty": "Мы глубоко обеспокоены фактами, изложенными ниже.",
        "demand_list": [
            "Прекратить преследование пострадавших ({victims}) и всех, кто документирует "
            "нарушения в местах лишения свободы.",
            "Прекратить все производства, возбуждённые против них за правозащитную деятельность.",
            "Незамедлительно, беспристрастно и эффективно расследовать описанные нападения и "
            "привлечь виновных к ответственности.",
            "Обеспечить общественным наблюдателям беспрепятственный доступ в места лишения "
            "свободы.",
        ],
        "source_types": "Источник",
        "reference": "Номер",
        "page": "Стр.",
        "of": "из",
        "note_on_names": (
            "Некоторые лица в этом заявлении не названы по их просьбе или ради их безопасности."
        ),
    },
}


def t(lang: str, key: str) -> str:
    value = TEXT["ru" if lang.startswith("ru") else "en"][key]
    assert isinstance(value, str)  # noqa: S101 - list entries are read with t_list
    return value


def t_list(lang: str, key: str) -> list[str]:
    value = TEXT["ru" if lang.startswith("ru") else "en"][key]
    assert isinstance(value, list)  # noqa: S101
    return value
