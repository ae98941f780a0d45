"""A communication to UN Special Procedures (human rights defenders; torture) from a case.

The same redactor as statements, with the ``share_with_un`` consent: a person who agreed
to share with UN mechanisms is named to the mandate; anyone else appears by role.
Sections follow what the mandates ask for: the alleged victims, the violations in date
order with places and perpetrators (and whether they are state agents), what was done at
home and how the authorities answered, whether domestic remedies are exhausted, and the
victims' consent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casevault.publish.compose import CaseFacts, org_name, perpetrator_text, statement_date
from casevault.publish.consent import PUBLISHABLE, Redactor, latest_decision
from casevault.publish.phrasing import when
from casevault.records.models import (
    ActInvolvement,
    Case,
    Consent,
    Intervention,
    Proceeding,
    ProceedingStep,
)

_T = {
    "en": {
        "title": (
            "Communication to the Special Rapporteur on the situation of human rights defenders "
            "and the Special Rapporteur on torture and other cruel, inhuman or degrading "
            "treatment or punishment"
        ),
        "victims": "1. Alleged victims",
        "violations": "2. Alleged violations, in date order",
        "home": "3. Steps taken at home and the authorities' response",
        "remedies": "4. Domestic remedies",
        "consent": "5. Consent",
        "sex": "sex",
        "occupation": "occupation",
        "status": "status",
        "place": "place",
        "perpetrators": "alleged perpetrators",
        "state": "state agent",
        "non_state": "not identified as a state agent",
        "opened": "opened",
        "outcome": "outcome",
        "authority": "authority",
        "response": "response",
        "no_response_recorded": "no response recorded",
        "exhausted_yes": "Domestic remedies have been exhausted in: {items}.",
        "exhausted_no": "Domestic remedies have not been exhausted in: {items}.",
        "exhausted_unknown": "Not yet assessed for: {items}.",
        "none": "No proceedings are recorded.",
        "consented": "{who} consented to the sharing of this information with UN mechanisms ({on}).",
        "not_consented": (
            "{who}: no consent to share identifying details with UN mechanisms; the identity is "
            "withheld."
        ),
        "submitted": "Submitted by reference {ref} on {on}.",
    },
    "ru": {
        "title": (
            "Сообщение Специальному докладчику по вопросу о положении правозащитников и "
            "Специальному докладчику по вопросу о пытках и других жестоких, бесчеловечных или "
            "унижающих достоинство видах обращения и наказания"
        ),
        "victims": "1. Предполагаемые жертвы",
        "violations": "2. Предполагаемые нарушения в хронологическом порядке",
        "home": "3. Меры, принятые внутри страны, и ответ властей",
        "remedies": "4. Внутренние средства правовой защиты",
        "consent": "5. Согласие",
        "sex": "пол",
        "occupation": "род занятий",
        "status": "статус",
        "place": "место",
        "perpetrators": "предполагаемые нарушители",
        "state": "представитель государства",
        "non_state": "не установлено, что это представитель государства",
        "opened": "возбуждено",
        "outcome": "итог",
        "authority": "орган",
        "response": "ответ",
        "no_response_recorded": "ответ не зафиксирован",
        "exhausted_yes": "Внутренние средства правовой защиты исчерпаны: {items}.",
        "exhausted_no": "Внутренние средства правовой защиты не исчерпаны: {items}.",
        "exhausted_unknown": "Ещё не оценено: {items}.",
        "none": "Производства не зафиксированы.",
        "consented": "{who} дал(а) согласие на передачу этой информации механизмам ООН ({on}).",
        "not_consented": (
            "{who}: согласия на передачу сведений, позволяющих установить личность, механизмам "
            "ООН нет; личность не раскрывается."
        ),
        "submitted": "Номер {ref}, дата {on}.",
    },
}
_SEX = {
    "en": {"female": "female", "male": "male", "other": "other"},
    "ru": {"female": "женский", "male": "мужской", "other": "иной"},
}


def _t(lang: str, key: str) -> str:
    return _T["ru" if lang.startswith("ru") else "en"][key]


def state_link(inv: ActInvolvement, lang: str) -> str:
    term = inv.perpetrator_type
    if term is None and inv.perpetrator_org is not None:
        term = inv.perpetrator_org.org_type
    is_state = term is not None and (
        term.code == "state_agent" or term.parent_id == "perpetrator_type:state_agent"
    )
    return _t(lang, "state") if is_state else _t(lang, "non_state")


def compose_un_communication(
    case: Case, redactor: Redactor, *, reference: str, on: date
) -> tuple[str, str]:
    lang = redactor.lang
    facts = CaseFacts.load(case)
    title = _t(lang, "title")
    lines = [f"# {title}", "", f"**{reference}** · {statement_date(on, lang)}", ""]

    lines += [f"## {_t(lang, 'victims')}", ""]
    for victim in facts.victims():
        details = []
        if redactor.may_name(victim):
            if victim.sex in _SEX["en"]:
                details.append(
                    f"{_t(lang, 'sex')}: {_SEX['ru' if lang == 'ru' else 'en'][victim.sex]}"
                )
            if victim.occupation:
                details.append(f"{_t(lang, 'occupation')}: {redactor.scrub(victim.occupation)}")
        statuses = {
            a.victim_status.label(lang)
            for acts in facts.acts.values()
            for a in acts
            if a.victim_id == victim.pk and a.victim_status is not None
        }
        if statuses:
            details.append(f"{_t(lang, 'status')}: {', '.join(sorted(statuses))}")
        extra = f" ({'; '.join(details)})" if details else ""
        lines.append(f"- **{redactor.person(victim)}**{extra}")
    lines.append("")

    lines += [f"## {_t(lang, 'violations')}", ""]
    for event in facts.events:
        for act in facts.acts.get(event.pk, []):
            place = redactor.place(act.place or event.place)
            perps = [
                f"{perpetrator_text(i, redactor)} — {state_link(i, lang)}"
                for i in facts.involvements.get(act.pk, [])
            ]
            text = f"{when(act.date, lang)}: {act.act_type.label(lang)} — {redactor.person(act.victim)}"
            if place:
                text += f"; {_t(lang, 'place')}: {place}"
            if perps:
                text += f"; {_t(lang, 'perpetrators')}: {'; '.join(perps)}"
            text += f". {redactor.scrub(event.title)}."
            if act.description:
                text += " " + redactor.scrub(act.description)
            lines.append(f"- {text}")
    lines.append("")

    lines += [f"## {_t(lang, 'home')}", ""]
    proceedings = list(
        Proceeding.objects.filter(case=case, confidentiality__in=PUBLISHABLE)
        .select_related("proceeding_type", "authority")
        .order_by("opened_start")
    )
    steps: dict[Any, list[ProceedingStep]] = {}
    for step in ProceedingStep.objects.filter(
        proceeding__in=proceedings, confidentiality__in=PUBLISHABLE
    ).select_related("step_type"):
        steps.setdefault(step.proceeding_id, []).append(step)
    for p in proceedings:
        head = f"**{p.proceeding_type.label(lang)}: {redactor.scrub(p.title)}**"
        if p.authority is not None and (name := org_name(p.authority, lang)):
            head += f"; {_t(lang, 'authority')}: {name}"
        head += f"; {_t(lang, 'opened')}: {p.opened.display(lang)}"
        if p.outcome:
            head += f"; {_t(lang, 'outcome')}: {redactor.scrub(p.outcome)}"
        lines.append(f"- {head}")
        for step in sorted(steps.get(p.pk, []), key=lambda s: s.date.sort_key()):
            outcome = f" — {redactor.scrub(step.outcome)}" if step.outcome else ""
            lines.append(f"  {when(step.date, lang)}: {step.step_type.label(lang)}{outcome}")
    for iv in (
        Intervention.objects.filter(case=case, confidentiality__in=PUBLISHABLE)
        .select_related("intervention_type", "addressee", "response")
        .order_by("date_start")
    ):
        text = f"{when(iv.date, lang)}: {iv.intervention_type.label(lang)} — {redactor.scrub(iv.title)}"
        if iv.addressee is not None and (name := org_name(iv.addressee, lang)):
            text += f" ({name})"
        response = iv.response.label(lang) if iv.response else _t(lang, "no_response_recorded")
        text += f"; {_t(lang, 'response')}: {response}"
        if iv.response_text:
            text += f": {redactor.scrub(iv.response_text)}"
        lines.append(f"- {text}")
    lines.append("")

    lines += [f"## {_t(lang, 'remedies')}", ""]
    groups: dict[bool | None, list[str]] = {True: [], False: [], None: []}
    for p in proceedings:
        groups[p.remedies_exhausted].append(redactor.scrub(p.title))
    if not proceedings:
        lines.append(_t(lang, "none"))
    for value, key in (
        (True, "exhausted_yes"),
        (False, "exhausted_no"),
        (None, "exhausted_unknown"),
    ):
        if groups[value]:
            lines.append(_t(lang, key).format(items="; ".join(groups[value])))
            lines.append("")

    lines += [f"## {_t(lang, 'consent')}", ""]
    consents: dict[Any, list[Consent]] = {}
    for c in Consent.objects.filter(person__in=facts.victims()):
        consents.setdefault(c.person_id, []).append(c)
    for victim in facts.victims():
        decision = latest_decision(consents.get(victim.pk, []), redactor.use)
        who = redactor.person(victim)
        if redactor.may_name(victim) and decision is not None:
            given = decision.given_on.isoformat() if decision.given_on else "—"
            lines.append(f"- {_t(lang, 'consented').format(who=who, on=given)}")
        else:
            lines.append(f"- {_t(lang, 'not_consented').format(who=who)}")
    lines += ["", f"*{_t(lang, 'submitted').format(ref=reference, on=statement_date(on, lang))}*"]
    return title, "\n".join(lines).rstrip() + "\n"
