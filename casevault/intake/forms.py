"""The review form of one draft: what the reviewer may correct before accepting it.

Victims are rows of (name, choice): the choice is a recorded person's id, "new" for a new
person with that name, or "skip" to leave the row out. Rows are read from the post by
index, so a page needs no script to offer them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from casevault.accounts.models import User
from casevault.intake import selectors
from casevault.intake.actions import DraftEdits, PersonPick, edits_from_draft
from casevault.intake.models import DraftEvent
from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.records import selectors as records
from casevault.records.models import Person
from casevault.vocab.models import Term

MAX_VICTIMS = 20


def act_type_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Act types grouped under their heading ("Deprivation of liberty": arrest, …)."""
    lang = (get_language() or "en").split("-")[0]
    terms = list(Term.objects.filter(vocabulary_id="act_type", active=True))
    groups: dict[str | None, list[tuple[str, str]]] = {}
    for term in terms:
        if term.parent_id is not None:
            groups.setdefault(term.parent_id, []).append((term.code, term.label(lang)))
    heads = {t.pk: t.label(lang) for t in terms if t.parent_id is None}
    return [(heads.get(pk or "", ""), options) for pk, options in groups.items()]


class DraftReviewForm(forms.Form):
    title = forms.CharField(label=_lazy("Title"), max_length=300)
    date = forms.CharField(
        label=_lazy("Date"),
        max_length=40,
        help_text=_lazy("2018, 2018-10, 2018-10-08, or a range such as 2018-09/2018-11"),
    )
    act_types = forms.MultipleChoiceField(
        label=_lazy("What happened"), widget=forms.CheckboxSelectMultiple
    )
    perpetrators = forms.CharField(
        label=_lazy("Perpetrators"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_lazy(
            "One a line. Words such as police or prison guards are recorded as a type of "
            "perpetrator; a person the document names, or an organisation, by name."
        ),
    )
    place = forms.CharField(label=_lazy("Place"), required=False, max_length=300)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.act_type_groups = act_type_choices()
        act_types = self.fields["act_types"]
        assert isinstance(act_types, forms.MultipleChoiceField)  # noqa: S101 - declared above
        act_types.choices = self.act_type_groups

    def clean_date(self) -> str:
        text: str = self.cleaned_data["date"].strip()
        try:
            parsed = FuzzyDate.parse(text)
        except FuzzyDateError as exc:
            raise forms.ValidationError(
                _("%(text)s is not a date (%(problem)s): write e.g. 2018-10-08 or 2018-10."),
                params={"text": text, "problem": exc},
            ) from exc
        if parsed.is_unknown:
            raise forms.ValidationError(_("Give the event a date: a year is enough."))
        return text


@dataclass
class VictimRow:
    index: int
    name: str = ""
    choice: str = ""
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""


@dataclass
class DraftReview:
    """One draft's card: the form, the victim rows, and the reject reason."""

    draft: DraftEvent
    number: int
    form: DraftReviewForm
    victims: list[VictimRow]
    error: str = ""

    @property
    def prefix(self) -> str:
        return self.form.prefix or ""

    @property
    def chosen_act_types(self) -> list[str]:
        """Labels of the act types ticked now, for the folded list's summary."""
        chosen = set(self.form["act_types"].value() or [])
        return [
            label
            for _, options in self.form.act_type_groups
            for code, label in options
            if code in chosen
        ]

    def is_valid(self) -> bool:
        return self.form.is_valid() and not any(v.error for v in self.victims) and not self.error

    def edits(self) -> DraftEdits:
        data = self.form.cleaned_data
        picks: list[PersonPick] = []
        for row in self.victims:
            if row.choice == "skip" or (not row.name and not _uuid(row.choice)):
                continue
            picks.append(PersonPick(name=row.name, person_id=_uuid(row.choice)))
        return DraftEdits(
            title=data["title"],
            date=data["date"],
            act_types=list(data["act_types"]),
            victims=picks,
            perpetrators=[
                line.strip() for line in data["perpetrators"].splitlines() if line.strip()
            ],
            place=data["place"],
        )


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return None


def prefix_for(draft: DraftEvent) -> str:
    return f"d{draft.pk.hex}"


def _suggestions(user: User, name: str) -> list[Person]:
    """Exact matches across scripts first, then people whose names start the same way."""
    if len(name.strip()) < 2:
        return []
    found = selectors.people_matching_name(user, name)
    for person in records.person_suggestions(user, name):
        if person not in found:
            found.append(person)
    return found


def _labelled(user: User, people: list[Person]) -> list[dict[str, Any]]:
    labels = records.person_labels(user, people)
    return [{"pk": str(p.pk), "text": labels[p.pk][0], "pseudonym": p.pseudonym} for p in people]


def initial_review(user: User, draft: DraftEvent, number: int) -> DraftReview:
    edits = edits_from_draft(draft)
    form = DraftReviewForm(
        prefix=prefix_for(draft),
        initial={
            "title": edits.title,
            "date": edits.date,
            "act_types": edits.act_types,
            "perpetrators": "\n".join(edits.perpetrators),
            "place": edits.place,
        },
    )
    rows = []
    for i, pick in enumerate(edits.victims[: MAX_VICTIMS - 1]):
        people = _suggestions(user, pick.name)
        exact = selectors.people_matching_name(user, pick.name)
        # One person recorded under the same name in any script: most likely them.
        choice = str(exact[0].pk) if len(exact) == 1 else ("" if people else "new")
        rows.append(VictimRow(i, pick.name, choice, _labelled(user, people)))
    rows.append(VictimRow(len(rows)))  # room for a victim the extraction missed
    return DraftReview(draft, number, form, rows)


def posted_review(user: User, draft: DraftEvent, number: int, data: QueryDict) -> DraftReview:
    prefix = prefix_for(draft)
    form = DraftReviewForm(data, prefix=prefix)
    try:
        count = min(int(data.get(f"{prefix}-victims", "0")), MAX_VICTIMS)
    except ValueError:
        count = 0
    rows = []
    for i in range(count):
        name = data.get(f"{prefix}-victim-{i}-name", "").strip()[:300]
        choice = data.get(f"{prefix}-victim-{i}-choice", "").strip()
        row = VictimRow(i, name, choice)
        if choice in {"skip"} or (not name and not choice):
            rows.append(row)
            continue
        people = _suggestions(user, name)
        chosen = _uuid(choice)
        if chosen is not None and all(p.pk != chosen for p in people):
            # Keep a choice on show even when the name was changed after it was made.
            people[:0] = list(records.people_for_user(user).filter(pk=chosen))
        row.suggestions = _labelled(user, people)
        if choice == "new" and not name:
            row.error = _("Type the name of the new person.")
        elif choice not in {"new", ""} and _uuid(choice) is None:
            row.error = _("Choose one of the people listed, or a new person.")
        elif not choice and people:
            row.error = _(
                "People already recorded match this name: choose one of them, or "
                "'a new person' if none is the same."
            )
        elif not choice:
            row.choice = "new"
        rows.append(row)
    if not rows or rows[-1].name:
        rows.append(VictimRow(len(rows)))
    return DraftReview(draft, number, form, rows)
