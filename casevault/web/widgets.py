"""Form widgets of our own.

``ListSelect`` is Django's ``Select`` rendered with its options written out in one
template. Django's own template includes a sub-template for every option, which made a
case page's person filter (one option per person on the case) and the event form's list of
places a large share of their pages' time. Option groups and per-option attributes, which
these lists do not use, are not rendered.
"""

from __future__ import annotations

from django import forms


class ListSelect(forms.Select):
    template_name = "web/widgets/select.html"
