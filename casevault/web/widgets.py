"""Form widgets of our own.

``ListSelect`` is Django's ``Select`` written out in Python. Django renders a select through
a template that includes a sub-template for every option; for a case page's person filter
(one option per person on the case) and the event form's list of places that was a large
share of the page's time. Option groups, which these lists do not use, are not supported.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe

from casevault.web.markup import options


class ListSelect(forms.Select):
    def render(
        self,
        name: str,
        value: Any,
        attrs: dict[str, Any] | None = None,
        renderer: Any = None,
    ) -> SafeString:
        chosen = {str(v) for v in self.format_value(value)}
        triples = []
        for option_value, label in self.choices:
            if isinstance(label, list | tuple):
                raise TypeError("ListSelect does not render option groups")
            text = "" if option_value is None else str(option_value)
            triples.append((text, label, text in chosen))
        attributes = flatatt({**self.build_attrs(self.attrs, attrs), "name": name})
        return mark_safe(f"<select{attributes}>{options(triples)}</select>")  # noqa: S308
