"""Which perpetrator type a perpetrator the extraction named stands for ("police" → police).

The pipeline names agents in the words of the document ("prison officers",
«сотрудники полиции»); the records keep them as a perpetrator-type code when no person
or organisation is named. Pure: no database.
"""

from __future__ import annotations

import re

# Most specific first: "prison service" must not be read as "service".
_TYPES: list[tuple[str, re.Pattern[str]]] = [
    (
        "prison_staff",
        re.compile(
            r"\bprison|\bguards?\b|\bwardens?\b|колони|сизо|конвоир|надзирател|охранник|дуис",
            re.IGNORECASE,
        ),
    ),
    ("investigator", re.compile(r"\binvestigator|следовател", re.IGNORECASE)),
    ("prosecutor", re.compile(r"\bprosecutor|прокуратур|прокурор", re.IGNORECASE)),
    (
        "security_service",
        re.compile(
            r"\bsecurity\s+(?:services?|committee)|\bkgb\b|\bknb\b|(?<![а-яё])кнб(?![а-яё])",
            re.IGNORECASE,
        ),
    ),
    (
        "judge_court",
        re.compile(
            r"\bcourt\b|\bjudges?\b|(?<![а-яё])суд(?:ом|а|ья|ьи|ье)?(?![а-яё])", re.IGNORECASE
        ),
    ),
    ("police", re.compile(r"\bpolice|\bofficers\b|полиц", re.IGNORECASE)),
    (
        "unknown",
        re.compile(
            r"\b(?:unknown|masked|unidentified)\b|(?<![а-яё])неизвестн",
            re.IGNORECASE,
        ),
    ),
]

# An agent named only by a common noun ("police", «сотрудники колонии»), not a proper name.
_COMMON = re.compile(r"^[a-zа-яё\s-]+$")


def perpetrator_type_for(text: str) -> str | None:
    """The perpetrator-type code a phrase stands for, or None if it names no known agent."""
    for code, pattern in _TYPES:
        if pattern.search(text):
            return code
    return None


def is_agent_phrase(text: str) -> bool:
    """True for lower-case agent words ("police officers"), which name no one in particular."""
    text = text.strip()
    return bool(text) and _COMMON.match(text) is not None and perpetrator_type_for(text) is not None
