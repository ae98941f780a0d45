"""Input validation at the boundary of the records pages. Actions trust what these return."""

from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.lib.levels import Level
from casevault.vocab.models import Term
from casevault.web.widgets import ListSelect

LEVEL_CHOICES = [
    (Level.PUBLIC.value, _("Public")),
    (Level.INTERNAL.value, _("Internal")),
    (Level.RESTRICTED.value, _("Restricted")),
    (Level.SECRET.value, _("Secret")),
]


def level_choices(clearance: str) -> list[tuple[str, Any]]:
    """Only the levels the user may write: nobody can lock themselves out of a record."""
    allowed = Level(clearance)
    return [(v, label) for v, label in LEVEL_CHOICES if allowed.allows(v)]


def term_choices(vocabulary: str, *, blank: str | None = None) -> list[tuple[str, str]]:
    lang = (get_language() or "en").split("-")[0]
    # Only the columns a choice needs (a term's keywords are JSON, parsed for nothing).
    terms = Term.objects.filter(vocabulary_id=vocabulary, active=True).only(
        "code", "label_en", "label_ru", "label_kk"
    )
    choices = [(t.code, t.label(lang)) for t in terms]
    return [("", blank), *choices] if blank is not None else choices


def _choices(form: Any, name: str) -> forms.ChoiceField:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)  # noqa: S101 - a programming error otherwise
    return field


class FuzzyDateField(forms.CharField):
    """A date as people know it: "2018", "2018-10", "2018-10-08", "2018-09/2018-11"…"""

    default_help_text = _(
        "A year (2018), a month (2018-10), a day (2018-10-08), a range "
        "(2018-09/2018-11), 'before 2018-10', 'after 2015', or leave empty if unknown."
    )

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", self.default_help_text)
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 60)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> FuzzyDate:  # type: ignore[override]
        text = super().clean(value)
        try:
            return FuzzyDate.parse(text or "")
        except FuzzyDateError:
            raise forms.ValidationError(
                _(
                    "This is not a date we can read. Write a year (2018), a month "
                    "(2018-10), a day (2018-10-08), a range (2018-09/2018-11), "
                    "'before 2018-10' or 'after 2015'."
                ),
                code="fuzzy_date",
            ) from None


class _LevelMixin:
    def set_levels(self, clearance: str) -> None:
        _choices(self, "confidentiality").choices = level_choices(clearance)


class CaseForm(_LevelMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea, required=False)
    opened_on = forms.DateField(
        label=_("Opened on"),
        required=False,
        help_text=_("Format: 2019-01-31"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    confidentiality = forms.ChoiceField(label=_("Confidentiality"), initial=Level.INTERNAL.value)

    def __init__(self, *args: Any, clearance: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_levels(clearance)


class EventForm(_LevelMixin, forms.Form):
    title = forms.CharField(
        label=_("What happened"),
        max_length=300,
        help_text=_("A few words, for example: Monitor dragged out of a police station."),
    )
    date = FuzzyDateField(label=_("When"))
    place = forms.ChoiceField(label=_("Where"), required=False, widget=ListSelect)
    location_detail = forms.CharField(label=_("Place details"), max_length=300, required=False)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    confidentiality = forms.ChoiceField(label=_("Confidentiality"), initial=Level.INTERNAL.value)

    def __init__(
        self, *args: Any, clearance: str, places: list[tuple[str, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.set_levels(clearance)
        _choices(self, "place").choices = [("", _("— not known —")), *places]


def person_search_widget(prefix: str) -> forms.TextInput:
    """A name box that asks for suggestions as the user types (htmx, no inline script)."""
    return forms.TextInput(
        attrs={
            "autocomplete": "off",
            "hx-get": reverse_lazy("records:person_suggest"),
            "hx-trigger": "input changed delay:300ms, search",
            "hx-target": "next .suggestions",
            "hx-vals": f'{{"prefix": "{prefix}"}}',
        }
    )


class PersonPickMixin:
    """A person picked from suggestions, or a new one created from the typed name.

    ``<prefix>_name`` is the typed text, ``<prefix>_choice`` a person's id or "new". A typed
    name that matches someone already recorded must be resolved by the user: the point is
    that the same person is not entered twice.
    """

    def pick(self, prefix: str) -> tuple[str, str]:
        data = self.cleaned_data  # type: ignore[attr-defined]
        return (data.get(f"{prefix}_name") or "").strip(), data.get(f"{prefix}_choice") or ""


class ActForm(PersonPickMixin, forms.Form):
    act_type = forms.ChoiceField(label=_("Act"), widget=ListSelect)
    victim_name = forms.CharField(
        label=_("Victim"),
        max_length=300,
        required=False,
        widget=person_search_widget("victim"),
        help_text=_("Type a name in any script; matching people are suggested below."),
    )
    victim_choice = forms.CharField(required=False, widget=forms.HiddenInput)
    victim_confidentiality = forms.ChoiceField(
        label=_("Confidentiality of a new victim's record"),
        initial=Level.INTERNAL.value,
        required=False,
    )
    description = forms.CharField(
        label=_("Details of the act"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args: Any, clearance: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "act_type").choices = term_choices("act_type", blank=str(_("— choose —")))
        _choices(self, "victim_confidentiality").choices = level_choices(clearance)


class InvolvementForm(PersonPickMixin, forms.Form):
    degree = forms.ChoiceField(label=_("Involvement"))
    perpetrator_name = forms.CharField(
        label=_("Perpetrator (a person)"),
        max_length=300,
        required=False,
        widget=person_search_widget("perpetrator"),
        help_text=_("Leave empty if only the organisation or the kind of perpetrator is known."),
    )
    perpetrator_choice = forms.CharField(required=False, widget=forms.HiddenInput)
    perpetrator_org = forms.ChoiceField(label=_("Organisation"), required=False, widget=ListSelect)
    perpetrator_type = forms.ChoiceField(label=_("Kind of perpetrator"), required=False)
    notes = forms.CharField(label=_("Notes"), max_length=2000, required=False)

    def __init__(self, *args: Any, organisations: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "degree").choices = term_choices("involvement_degree")
        _choices(self, "perpetrator_org").choices = [("", _("— none —")), *organisations]
        _choices(self, "perpetrator_type").choices = term_choices(
            "perpetrator_type", blank=str(_("— not known —"))
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (
            data.get("perpetrator_name")
            or data.get("perpetrator_choice")
            or data.get("perpetrator_org")
            or data.get("perpetrator_type")
        ):
            raise forms.ValidationError(
                _(
                    "Name the perpetrator: a person, an organisation, or at least a kind such as police."
                )
            )
        return data


class EventSourceForm(_LevelMixin, forms.Form):
    """Attach a source already recorded, or describe a new one in the same step."""

    source = forms.ChoiceField(
        label=_("A source already recorded"), required=False, widget=ListSelect
    )
    new_title = forms.CharField(label=_("Or a new source: title"), max_length=300, required=False)
    new_type = forms.ChoiceField(label=_("Type of the new source"), required=False)
    new_date = FuzzyDateField(label=_("Date of the new source"))
    connection = forms.ChoiceField(label=_("How the source knows"), required=False)
    summary = forms.CharField(
        label=_("What the source says"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    confidentiality = forms.ChoiceField(
        label=_("Confidentiality of the new source"), initial=Level.INTERNAL.value, required=False
    )

    def __init__(
        self, *args: Any, clearance: str, sources: list[tuple[str, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.set_levels(clearance)
        _choices(self, "source").choices = [("", _("— none —")), *sources]
        _choices(self, "new_type").choices = term_choices("source_type", blank=str(_("— choose —")))
        _choices(self, "connection").choices = term_choices(
            "source_connection", blank=str(_("— not known —"))
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("source") and data.get("new_title"):
            raise forms.ValidationError(
                _("Choose a recorded source or describe a new one, not both.")
            )
        if not data.get("source") and not data.get("new_title"):
            raise forms.ValidationError(
                _("Choose a recorded source, or give the new source a title.")
            )
        if data.get("new_title") and not data.get("new_type"):
            self.add_error("new_type", _("Choose the type of the new source."))
        return data


# The event editor shows several forms on one page: each gets its own element ids, set when
# the form is made (a bound form's error ids are fixed when it is cleaned).
ACT_AUTO_ID = "id_act_%s"
SOURCE_AUTO_ID = "id_source_%s"


def involvement_auto_id(act_pk: Any) -> str:
    return f"id_inv_{str(act_pk)[:8]}_%s"


class ChronologyFilterForm(forms.Form):
    act_type = forms.ChoiceField(label=_("Act"), required=False, widget=ListSelect)
    person = forms.ChoiceField(label=_("Person"), required=False, widget=ListSelect)

    def __init__(self, *args: Any, people: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "act_type").choices = term_choices("act_type", blank=str(_("All acts")))
        _choices(self, "person").choices = [("", _("Everyone")), *people]
