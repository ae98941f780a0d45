from __future__ import annotations

import datetime
import uuid
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
from casevault.search.models import SearchEntry
from casevault.search.selectors import readable

Kind = SearchEntry.Kind
TYPE_LABELS: dict[str, Any] = {
    Kind.EVENT: _("Events"),
    Kind.PERSON: _("People"),
    Kind.SOURCE: _("Sources"),
    Kind.VISIT: _("Monitoring visits"),
    Kind.CASE: _("Cases"),
    Kind.ORGANISATION: _("Organisations"),
    Kind.PLACE: _("Places"),
}
MAX_CHOICES = 300


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=300, required=False)
    types = forms.MultipleChoiceField(
        label=_("Kind of record"),
        choices=list(TYPE_LABELS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    date_from = forms.CharField(
        label=_("From"), required=False, help_text=_("2018, 2018-10 or 2018-10-08")
    )
    date_to = forms.CharField(label=_("To"), required=False)
    # Checked by the selector: a place the user may not see gives no results.
    place = forms.CharField(label=_("Place"), max_length=40, required=False)
    case = forms.CharField(
        label=_("Case"),
        max_length=60,
        required=False,
        help_text=_("its reference, e.g. CV-2026-0012"),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_case(self) -> str | None:
        """A reference or an id; one the user may not see is refused like a missing one."""
        text = self.cleaned_data.get("case", "").strip()
        if not text:
            return None
        cases = readable(self.user, Kind.CASE)
        found = cases.filter(reference__iexact=text).values_list("pk", flat=True).first()
        if found is None:
            try:
                found = cases.filter(pk=uuid.UUID(text)).values_list("pk", flat=True).first()
            except ValueError:
                found = None
        if found is None:
            raise forms.ValidationError(
                _("No case %(ref)s that you can see."), params={"ref": text}
            )
        return str(found)

    def _date(self, name: str, *, end: bool) -> datetime.date | None:
        text = self.cleaned_data.get(name, "").strip()
        if not text:
            return None
        try:
            period = FuzzyDate.parse(text)
        except FuzzyDateError as exc:
            raise forms.ValidationError(
                _("%(text)s is not a date: write 2018, 2018-10 or 2018-10-08 (%(problem)s)"),
                params={"text": text, "problem": exc},
            ) from exc
        return period.end if end else period.start

    def clean_date_from(self) -> datetime.date | None:
        return self._date("date_from", end=False)

    def clean_date_to(self) -> datetime.date | None:
        return self._date("date_to", end=True)


def place_options(user: User, chosen: str) -> list[tuple[str, str, bool]]:
    """The place filter's options: only places the user may see; plain tuples, because
    the template loops over hundreds of them."""
    places = readable(user, Kind.PLACE).order_by("name").values_list("pk", "name")
    options = [("", str(_("Anywhere")), not chosen)]
    return options + [(str(pk), name, str(pk) == chosen) for pk, name in places[:MAX_CHOICES]]
