"""Small pieces every record page repeats, rendered in Python rather than by templates.

A case page shows fifty events, each with its level, its acts and their victims and
perpetrators, and the case's people: several hundred of these pieces. An include per piece
was about half of the page's rendering time; building them with ``format_html`` was still
a fifth of the case page. So they are plain f-strings (see ``casevault.web.markup``), and
every value that comes from a record goes through ``_text`` on its way in.

``{% person_label p %}``: a person as ``PersonLabels`` describes them (``{"pk", "text",
"link", "pseudonym"}``): a link to their page when the reader may open it, the pseudonym
without a link when not, "unknown" when there is nobody.

``{% level_badge level %}``: the badge of a confidentiality level ("internal" has none).

``{% act_line a %}``: one act as ``describe_acts`` describes it: its type, victim, place,
perpetrators (degree, person, organisation, type) and description.

``{% chronology_item item %}``: one event of a chronology as ``describe_events`` describes
it: date, linked title and level, place, description, acts and sources.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_noop

from casevault.web.markup import options
from casevault.web.markup import text as _text
from casevault.web.templatetags.record_urls import record_url

register = template.Library()


@register.simple_tag
def option_list(choices: list[tuple[Any, Any, bool]]) -> SafeString:
    """``<option>`` elements for ``(value, label, selected)`` triples (a long filter list)."""
    return options(choices)


@register.simple_tag
def person_label(p: dict[str, Any] | None) -> SafeString:
    return mark_safe(_person(p))  # noqa: S308 - built from escaped parts


def _person(p: dict[str, Any] | None) -> str:
    if not p:
        return f'<span class="muted">{_text(gettext("unknown"))}</span>'
    if p["link"]:
        return f'<a href="{record_url("records:person_detail", p["pk"])}">{_text(p["text"])}</a>'
    withheld = gettext("Name withheld: above your clearance or outside your cases")
    return f'<span class="pseudonym" title="{_text(withheld)}">{_text(p["text"])}</span>'


_LEVELS = {
    "restricted": ("level level-restricted", gettext_noop("Restricted")),
    "secret": ("level level-secret", gettext_noop("Secret")),
    "public": ("level level-public", gettext_noop("Public")),
}


@register.simple_tag
def level_badge(level: str | None) -> SafeString:
    return mark_safe(_level(level))  # noqa: S308 - built from escaped parts


def _level(level: str | None) -> str:
    if level not in _LEVELS:
        return ""
    css, label = _LEVELS[level]
    return f'<span class="{css}">{_text(gettext(label))}</span>'


@register.simple_tag
def act_line(a: dict[str, Any]) -> SafeString:
    return mark_safe(_act(a))  # noqa: S308 - built from escaped parts


def _act(a: dict[str, Any]) -> str:
    parts = [
        f'<span class="act-type">{_text(a["type"])}</span>\n'
        f"{_text(gettext('against'))} {_person(a['victim'])}"
    ]
    if place := a["place"]:
        parts.append(f'\n· <a href="{record_url("records:place_detail", place.pk)}">')
        parts.append(f"{_text(place.name)}</a>")
    if a["involvements"]:
        rows = "".join(f"<li>{_involvement(i)}</li>" for i in a["involvements"])
        parts.append(f'\n<ul class="perpetrators">{rows}</ul>')
    if description := a["obj"].description:
        parts.append(f'\n<p class="act-description">{_text(description)}</p>')
    return "".join(parts)


def _involvement(inv: dict[str, Any]) -> str:
    parts = [f"{_text(inv['degree'])}:"]
    if inv["person"]:
        parts.append(f" {_person(inv['person'])}")
    if org := inv["org"]:
        url = record_url("records:organisation_detail", org.pk)
        parts.append(f' <a href="{url}">{_text(org.name)}</a>')
    if inv["type"]:
        parts.append(f' <span class="muted">({_text(inv["type"])})</span>')
    return "".join(parts)


@register.simple_tag
def chronology_item(item: dict[str, Any]) -> SafeString:
    event = item["obj"]
    url = record_url("records:event_detail", event.pk)
    parts = [
        f'<div class="chronology-date">{_text(item["date"])}</div>\n'
        f'<div class="chronology-body">\n<h3><a href="{url}">{_text(event.title)}</a> '
        f"{_level(event.confidentiality)}</h3>"
    ]
    place, detail = item["place"], event.location_detail
    if place or detail:
        shown = []
        if place:
            url = record_url("records:place_detail", place.pk)
            shown.append(f'<a href="{url}">{_text(place.name)}</a>')
        if detail:
            shown.append(_text(detail))
        parts.append(f'\n<p class="muted">{", ".join(shown)}</p>')
    if description := event.description:
        lines = description.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        parts.append(f"\n<p>{'<br>'.join(_text(line) for line in lines)}</p>")
    if item["acts"]:
        acts = "".join(f"<li>{_act(a)}</li>" for a in item["acts"])
        parts.append(f'\n<ul class="acts">{acts}</ul>')
    if item["sources"]:
        links = "; ".join(
            f'<a href="{record_url("records:source_detail", info.source.pk)}">'
            f"{_text(info.source.title)}</a>"
            for info in item["sources"]
        )
        parts.append(f'\n<p class="sources">{_text(gettext("Sources:"))} {links}</p>')
    parts.append("\n</div>")
    return mark_safe("".join(parts))  # noqa: S308 - built from escaped parts
