"""Small pieces every record page repeats, rendered in Python rather than by ``{% include %}``.

A case page shows fifty events, each with its level, its acts and their victims and
perpetrators, and the case's people: several hundred of these pieces. An include per piece
was about half of the page's rendering time.

``{% person_label p %}``: a person as ``PersonLabels`` describes them (``{"pk", "text",
"link", "pseudonym"}``): a link to their page when the reader may open it, the pseudonym
without a link when not, "unknown" when there is nobody.

``{% level_badge level %}``: the badge of a confidentiality level ("internal" has none).
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_noop

from casevault.web.templatetags.record_urls import record_url

register = template.Library()


@register.simple_tag
def person_label(p: dict[str, Any] | None) -> SafeString:
    if not p:
        return format_html('<span class="muted">{}</span>', gettext("unknown"))
    if p["link"]:
        return format_html(
            '<a href="{}">{}</a>', record_url("records:person_detail", p["pk"]), p["text"]
        )
    return format_html(
        '<span class="pseudonym" title="{}">{}</span>',
        gettext("Name withheld: above your clearance or outside your cases"),
        p["text"],
    )


_LEVELS = {
    "restricted": ("level level-restricted", gettext_noop("Restricted")),
    "secret": ("level level-secret", gettext_noop("Secret")),
    "public": ("level level-public", gettext_noop("Public")),
}


@register.simple_tag
def level_badge(level: str | None) -> SafeString:
    if level not in _LEVELS:
        return mark_safe("")  # noqa: S308 - an empty string
    css, label = _LEVELS[level]
    return format_html('<span class="{}">{}</span>', css, gettext(label))
