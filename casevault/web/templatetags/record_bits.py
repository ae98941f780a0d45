"""Small pieces every record page repeats, rendered in Python rather than by ``{% include %}``.

A case page shows fifty events, each with its level, its acts and their victims and
perpetrators, and the case's people: several hundred of these pieces. An include per piece
was about half of the page's rendering time.

``{% person_label p %}``: a person as ``PersonLabels`` describes them (``{"pk", "text",
"link", "pseudonym"}``): a link to their page when the reader may open it, the pseudonym
without a link when not, "unknown" when there is nobody.

``{% level_badge level %}``: the badge of a confidentiality level ("internal" has none).

``{% act_line a %}``: one act as ``describe_acts`` describes it: its type, victim, place,
perpetrators (degree, person, organisation, type) and description.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
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


@register.simple_tag
def act_line(a: dict[str, Any]) -> SafeString:
    parts = [
        format_html(
            '<span class="act-type">{}</span>\n{} {}',
            a["type"],
            gettext("against"),
            person_label(a["victim"]),
        )
    ]
    if a["place"]:
        parts.append(
            format_html(
                '\n· <a href="{}">{}</a>',
                record_url("records:place_detail", a["place"].pk),
                a["place"].name,
            )
        )
    if a["involvements"]:
        parts.append(
            format_html(
                '\n<ul class="perpetrators">{}</ul>',
                format_html_join(
                    "", "<li>{}</li>", ((_involvement(i),) for i in a["involvements"])
                ),
            )
        )
    if a["obj"].description:
        parts.append(format_html('\n<p class="act-description">{}</p>', a["obj"].description))
    return mark_safe("".join(parts))  # noqa: S308 - every part is built by format_html


def _involvement(inv: dict[str, Any]) -> SafeString:
    html = format_html("{}:", inv["degree"])
    if inv["person"]:
        html += format_html(" {}", person_label(inv["person"]))
    if inv["org"]:
        html += format_html(
            ' <a href="{}">{}</a>',
            record_url("records:organisation_detail", inv["org"].pk),
            inv["org"].name,
        )
    if inv["type"]:
        html += format_html(' <span class="muted">({})</span>', inv["type"])
    return html
