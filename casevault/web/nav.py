"""The main navigation, as data: each app adds its entry here (URL name, label)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

NAV_ITEMS = [
    ("home", _("Dashboard")),
    ("records:case_list", _("Cases")),
    ("records:person_list", _("People")),
    ("records:place_list", _("Places")),
    ("evidence:list", _("Evidence")),
    ("search:search", _("Search")),
    ("intake:queue", _("Review")),
    ("linkage:review", _("Linkage")),
    ("publish:statement_list", _("Publish")),
    ("publish:stats", _("Statistics")),
]


def navigation(request: HttpRequest) -> dict[str, object]:
    """Context processor: the nav entries whose views exist, for signed-in users."""
    items = []
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        for name, label in NAV_ITEMS:
            try:
                items.append({"url": reverse(name), "label": label, "name": name})
            except NoReverseMatch:
                continue
    return {"nav_items": items}
