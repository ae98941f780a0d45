"""What a published text may say about each person and place, decided by consent records.

The rules, in the order they apply to a person:

1. A person whose record is restricted or secret never appears by name, whatever any
   consent or override says: they appear by their role ("a witness", «свидетель»).
2. The latest decision for the use (``name_publicly`` for statements, ``share_with_un``
   for UN communications) wins. Granted and not expired: the full name. Refused or
   withdrawn: the role. A refusal is honoured, never "overridden".
3. No decision at all, or a grant that has expired, is a *flag*: the person appears by
   role until someone records consent, or a coordinator overrides the flag with a written
   reason (``FlagOverride``) and chooses the form (name, initials, pseudonym code, role).

Places: a restricted or secret place, or a street address, is replaced by the nearest
place above it that may be named ("Belozhar" for a house in Belozhar).

Records at restricted or secret level (events, acts, sources, proceedings…) are left out
of public texts altogether; only public and internal records are *publishable*.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from django.utils import timezone

from casevault.lib.levels import Level
from casevault.records.models import (
    Act,
    ActInvolvement,
    Case,
    CasePerson,
    Consent,
    Person,
    PersonName,
    Place,
    ProceedingParty,
    Source,
)

# Levels a public text may draw on. Internal records are the organisation's ordinary work;
# the editor reviews them. Restricted and secret records never leave the vault this way.
PUBLISHABLE = (Level.PUBLIC.value, Level.INTERNAL.value)

STATEMENT_USE = "name_publicly"
UN_USE = "share_with_un"


class Form(StrEnum):
    NAME = "name"
    INITIALS = "initials"
    PSEUDONYM = "pseudonym"
    ROLE = "role"


class Flag(StrEnum):
    NO_RECORD = "no_consent_record"
    EXPIRED = "consent_expired"


FLAG_TEXT = {
    Flag.NO_RECORD: "no consent record for this use",
    Flag.EXPIRED: "the consent has expired",
}

# Role labels, for people who may not be named. Russian takes the person's sex.
_ROLES: dict[str, tuple[str, str, str]] = {
    # role: (English, Russian masculine/common, Russian feminine)
    "witness": ("a witness", "свидетель", "свидетельница"),
    "victim": ("a victim", "пострадавший", "пострадавшая"),
    "perpetrator": (
        "an alleged perpetrator",
        "предполагаемый нарушитель",
        "предполагаемая нарушительница",
    ),
    "lawyer": ("a lawyer", "адвокат", "адвокат"),
    "monitor": ("a monitor", "общественный наблюдатель", "общественный наблюдатель"),
    "judge": ("a judge", "судья", "судья"),
    "source": ("a source", "источник", "источник"),
    "group": ("a group of people", "группа лиц", "группа лиц"),
    "person": ("a person", "лицо", "лицо"),
}
# When a person has several roles in a case, the most protective label wins.
_ROLE_ORDER = ["group", "witness", "source", "victim", "lawyer", "monitor", "judge", "perpetrator"]
_CASE_ROLE_KEYS = {
    "witness": "witness",
    "victim": "victim",
    "lawyer": "lawyer",
    "monitor": "monitor",
    "judge": "judge",
    "alleged perpetrator": "perpetrator",
    "perpetrator": "perpetrator",
}


def role_label(role: str, lang: str, sex: str = Person.Sex.UNKNOWN) -> str:
    en, ru, ru_f = _ROLES.get(role, _ROLES["person"])
    if lang.startswith("ru"):
        return ru_f if sex == Person.Sex.FEMALE else ru
    return en


@dataclass
class PersonAppearance:
    """How one person appears in one text, and why."""

    person: Person
    roles: list[str]
    form: Form
    text: str
    reason: str
    flag: Flag | None = None
    overridden: bool = False

    @property
    def pseudonym(self) -> str:
        return self.person.pseudonym

    @property
    def role(self) -> str:
        return self.roles[0] if self.roles else "person"


@dataclass
class PlaceAppearance:
    place: Place
    text: str | None  # None: left out entirely
    generalised: bool
    reason: str


@dataclass
class ConsentCheck:
    """The check a statement must pass before it is published."""

    lang: str
    use: str
    people: list[PersonAppearance] = field(default_factory=list)
    places: list[PlaceAppearance] = field(default_factory=list)
    withheld_events: int = 0
    withheld_acts: int = 0
    # People who may not be named but whose names the text contains.
    named_in_text: list[PersonAppearance] = field(default_factory=list)

    @property
    def flags(self) -> list[PersonAppearance]:
        return [p for p in self.people if p.flag is not None and not p.overridden]

    @property
    def ok(self) -> bool:
        return not self.flags and not self.named_in_text

    def problems(self) -> list[str]:
        out = [f"{p.pseudonym}: {FLAG_TEXT[p.flag]}" for p in self.flags if p.flag is not None]
        out += [
            f"{p.pseudonym}: the text names a person who may not be named"
            for p in self.named_in_text
        ]
        return out


# --- Consent decisions ------------------------------------------------------------------


def latest_decision(consents: Iterable[Consent], use: str) -> Consent | None:
    """The decision that stands for ``use``: the latest given (undated ones count as oldest)."""
    key = f"consent_use:{use}"
    relevant = [c for c in consents if c.use_id == key]
    if not relevant:
        return None
    return max(relevant, key=lambda c: (c.given_on or date.min, c.created_at))


def decide(
    person: Person,
    consents: Iterable[Consent],
    use: str,
    *,
    today: date | None = None,
    override: Form | None = None,
) -> tuple[Form, str, Flag | None, bool]:
    """(form, reason, flag, overridden) for one person and one use."""
    today = today or timezone.localdate()
    if person.confidentiality not in PUBLISHABLE:
        return Form.ROLE, f"the person's record is {person.confidentiality}", None, False
    decision = latest_decision(consents, use)
    flag: Flag | None = None
    if decision is None:
        flag, reason = Flag.NO_RECORD, f"no {use} consent recorded"
    elif decision.decision != Consent.Decision.GRANTED:
        return Form.ROLE, f"{use} {decision.decision}", None, False
    elif decision.expires_on is not None and decision.expires_on < today:
        flag, reason = Flag.EXPIRED, f"{use} granted but expired on {decision.expires_on}"
    else:
        return Form.NAME, f"{use} granted", None, False
    if override is not None:
        return override, f"{reason}; overridden by a coordinator", flag, True
    return Form.ROLE, reason, flag, False


# --- Names --------------------------------------------------------------------------------


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def preferred_name(names: list[PersonName], lang: str) -> str:
    """The name to print: in the statement's script if the person has one, primary first."""
    if not names:
        return ""
    want_cyrillic = lang.startswith("ru")
    for name in names:
        if _is_cyrillic(name.full_name) == want_cyrillic:
            return name.full_name
    return names[0].full_name


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"\(.*?\)", "", name)) if w[:1].isalpha()]
    return " ".join(f"{w[0].upper()}." for w in words[:3])


def _name_tokens(name: str) -> list[str]:
    """Capitalised words of a personal name that would identify the person on their own."""
    plain = re.sub(r"\(.*?\)", " ", name)
    words = re.findall(r"[^\W\d_]+", plain)
    return [w for w in words if len(w) >= 3 and w[0].isupper() and w.lower() not in _NOT_NAMES]


# Capitalised words found in descriptive "names" (clients, groups) that are not names.
_NOT_NAMES = frozenset(
    {"client", "prisoner", "prisoners", "unit", "colony", "name", "withheld", "unknown"}
)


def _token_pattern(token: str) -> str:
    # Russian names decline ("Нуртаевой", "Пашутина"): match the stem with a short ending.
    if _is_cyrillic(token) and len(token) >= 5:
        stem = token[:-2] if len(token) >= 6 else token[:-1]
        return re.escape(stem) + r"\w{0,4}"
    return re.escape(token) + r"(?:'s)?"


# --- The redactor -----------------------------------------------------------------------


class Redactor:
    """Everything a generator needs to write about one case in one language, safely.

    ``person(p)`` gives the text for a person; ``place(pl)`` for a place (or None);
    ``scrub(text)`` replaces names of people who may not be named in free text (event
    titles, descriptions, source titles); ``named_in(text)`` finds such names.
    """

    def __init__(
        self,
        people: Mapping[Any, tuple[Person, list[str]]],
        lang: str,
        use: str,
        overrides: Mapping[Any, Form] | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self.lang, self.use = lang, use
        overrides = overrides or {}
        ids = list(people)
        consents: dict[Any, list[Consent]] = {}
        for consent in Consent.objects.filter(person_id__in=ids):
            consents.setdefault(consent.person_id, []).append(consent)
        names: dict[Any, list[PersonName]] = {}
        for name in PersonName.objects.filter(person_id__in=ids).order_by(
            "person_id", "-is_primary", "full_name"
        ):
            names.setdefault(name.person_id, []).append(name)
        self._names = names
        self.appearances: dict[Any, PersonAppearance] = {}
        for pk, (person, roles) in people.items():
            form, reason, flag, overridden = decide(
                person, consents.get(pk, []), use, today=today, override=overrides.get(pk)
            )
            if person.confidentiality not in PUBLISHABLE:
                form = Form.ROLE
            roles = _ordered_roles(roles, person)
            self.appearances[pk] = PersonAppearance(
                person=person,
                roles=roles,
                form=form,
                text=self._render(person, form, roles),
                reason=reason,
                flag=flag,
                overridden=overridden,
            )
        self._pattern, self._by_group = self._build_pattern()

    def _render(self, person: Person, form: Form, roles: list[str]) -> str:
        name = preferred_name(self._names.get(person.pk, []), self.lang)
        if form is Form.NAME and name:
            return name
        if form is Form.INITIALS and name:
            return initials(name)
        if form is Form.PSEUDONYM:
            return person.pseudonym
        return role_label(roles[0] if roles else "person", self.lang, person.sex)

    def person(self, person: Person | None) -> str:
        if person is None:
            return role_label("person", self.lang)
        found = self.appearances.get(person.pk)
        if found is None:  # someone outside the case: never by name
            return role_label("person", self.lang, person.sex)
        return found.text

    def may_name(self, person: Person) -> bool:
        found = self.appearances.get(person.pk)
        return found is not None and found.form is Form.NAME

    # -- free text -----------------------------------------------------------------------

    def _build_pattern(self) -> tuple[re.Pattern[str] | None, dict[str, Any]]:
        named_tokens: set[str] = set()
        for pk, app in self.appearances.items():
            if app.form in (Form.NAME, Form.INITIALS):
                for name in self._names.get(pk, []):
                    named_tokens.update(t.casefold() for t in _name_tokens(name.full_name))
        alternatives: list[tuple[str, str, Any]] = []
        for pk, app in self.appearances.items():
            if app.form is Form.NAME:
                continue
            for name in self._names.get(pk, []):
                full = name.full_name.strip()
                if len(full) >= 3:
                    alternatives.append((full, re.escape(full), pk))
                if app.person.kind != Person.Kind.INDIVIDUAL:
                    continue
                for token in _name_tokens(full):
                    if token.casefold() not in named_tokens:
                        alternatives.append((token, _token_pattern(token), pk))
        if not alternatives:
            return None, {}
        # Longest first, so a full name is replaced whole rather than word by word.
        alternatives.sort(key=lambda a: -len(a[0]))
        groups: dict[str, Any] = {}
        parts = []
        for i, (_, pattern, pk) in enumerate(alternatives):
            groups[f"p{i}"] = pk
            parts.append(f"(?P<p{i}>{pattern})")
        regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
        return regex, groups

    def scrub(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(
            lambda m: self.appearances[self._by_group[m.lastgroup or ""]].text, text
        )

    def named_in(self, text: str) -> list[PersonAppearance]:
        if not text or self._pattern is None:
            return []
        seen: dict[Any, PersonAppearance] = {}
        for match in self._pattern.finditer(text):
            pk = self._by_group[match.lastgroup or ""]
            seen.setdefault(pk, self.appearances[pk])
        return list(seen.values())

    # -- places --------------------------------------------------------------------------

    def place(self, place: Place | None) -> str | None:
        found = place_appearance(place, self.lang) if place is not None else None
        return found.text if found else None


def _ordered_roles(roles: list[str], person: Person) -> list[str]:
    keys = []
    for role in roles:
        key = _CASE_ROLE_KEYS.get(role.strip().lower(), role)
        if key not in keys:
            keys.append(key)
    if person.kind == Person.Kind.GROUP:
        keys.insert(0, "group")
    keys.sort(key=lambda r: _ROLE_ORDER.index(r) if r in _ROLE_ORDER else len(_ROLE_ORDER))
    return keys or ["person"]


def place_name(place: Place, lang: str) -> str:
    if lang.startswith("ru"):
        for alt in place.alt_names or []:
            if isinstance(alt, str) and _is_cyrillic(alt):
                return alt
    return place.name


def place_appearance(place: Place, lang: str) -> PlaceAppearance:
    """A place as a text may name it, or its nearest nameable ancestor, or nothing."""
    node: Place | None = place
    generalised = False
    reasons = []
    while node is not None:
        if node.confidentiality not in PUBLISHABLE:
            reasons.append(f"{node.kind} is {node.confidentiality}")
        elif node.kind == Place.Kind.ADDRESS:
            reasons.append("street addresses are never published")
        else:
            return PlaceAppearance(
                place=place,
                text=place_name(node, lang),
                generalised=generalised,
                reason="; ".join(reasons) or "may be named",
            )
        generalised = True
        node = node.parent
    return PlaceAppearance(place=place, text=None, generalised=True, reason="; ".join(reasons))


# --- Who a case's public text mentions ------------------------------------------------


def case_people(case: Case) -> dict[Any, tuple[Person, list[str]]]:
    """Everyone a text about the case may mention, with their roles in it."""
    roles: dict[Any, list[str]] = {}
    people: dict[Any, Person] = {}

    def add(person: Person | None, role: str) -> None:
        if person is None:
            return
        people[person.pk] = person
        roles.setdefault(person.pk, []).append(role)

    for link in CasePerson.objects.filter(case=case).select_related("person"):
        add(link.person, link.role or "person")
    for act in publishable_acts(case).select_related("victim"):
        add(act.victim, "victim")
    for inv in ActInvolvement.objects.filter(
        act__in=publishable_acts(case), confidentiality__in=PUBLISHABLE
    ).select_related("perpetrator_person"):
        add(inv.perpetrator_person, "perpetrator")
    for source in Source.objects.filter(case=case).select_related("author_person"):
        add(source.author_person, "source")
    for party in ProceedingParty.objects.filter(proceeding__case=case).select_related("person"):
        role = {"judge": "judge", "lawyer": "lawyer", "witness": "witness"}.get(party.role)
        add(party.person, role or ("victim" if party.role == "defendant" else "person"))
    return {pk: (people[pk], roles[pk]) for pk in people}


def publishable_acts(case: Case) -> Any:
    return Act.objects.filter(
        event__cases=case,
        event__confidentiality__in=PUBLISHABLE,
        confidentiality__in=PUBLISHABLE,
    )


def case_places(case: Case) -> list[Place]:
    from casevault.records.models import Event

    ids: set[Any] = set()
    for event in Event.objects.filter(cases=case, confidentiality__in=PUBLISHABLE):
        if event.place_id:
            ids.add(event.place_id)
    ids.update(publishable_acts(case).exclude(place=None).values_list("place_id", flat=True))
    return list(Place.objects.filter(pk__in=ids).select_related("parent__parent__parent"))


def redactor_for(
    case: Case, lang: str, use: str = STATEMENT_USE, overrides: Mapping[Any, Form] | None = None
) -> Redactor:
    return Redactor(case_people(case), lang, use, overrides)


def consent_check(
    case: Case,
    lang: str,
    *,
    use: str = STATEMENT_USE,
    overrides: Mapping[Any, Form] | None = None,
    text: str = "",
) -> ConsentCheck:
    """Who and where a text about ``case`` will show, and how; flags; names in ``text``."""
    from casevault.records.models import Event

    redactor = redactor_for(case, lang, use, overrides)
    check = ConsentCheck(lang=lang, use=use)
    check.people = sorted(redactor.appearances.values(), key=lambda a: a.person.pseudonym)
    check.places = [place_appearance(p, lang) for p in case_places(case)]
    check.withheld_events = (
        Event.objects.filter(cases=case).exclude(confidentiality__in=PUBLISHABLE).count()
    )
    check.withheld_acts = (
        Act.objects.filter(event__cases=case).count() - publishable_acts(case).count()
    )
    check.named_in_text = redactor.named_in(text)
    return check
