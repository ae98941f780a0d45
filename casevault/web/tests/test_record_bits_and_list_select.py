"""The Python-rendered pieces of record pages give the HTML the templates they replaced gave."""

from __future__ import annotations

import uuid

import pytest
from django import forms
from django.utils import translation

from casevault.web.templatetags.record_bits import (
    act_line,
    chronology_item,
    level_badge,
    person_label,
)
from casevault.web.widgets import ListSelect

pytestmark = pytest.mark.pure

PK = uuid.UUID("12345678-1234-5678-1234-567812345678")


def test_a_readable_person_links_to_their_page_and_the_name_is_escaped() -> None:
    html = person_label({"pk": PK, "text": "<b>Семёнова</b>", "link": True, "pseudonym": "V-1"})
    assert html == (f'<a href="/records/people/{PK}/">&lt;b&gt;Семёнова&lt;/b&gt;</a>')


def test_a_withheld_person_shows_only_the_pseudonym_without_a_link() -> None:
    html = person_label({"pk": PK, "text": "V-0012", "link": False, "pseudonym": "V-0012"})
    assert "href" not in html
    assert 'class="pseudonym"' in html and ">V-0012</span>" in html


def test_nobody_is_unknown_in_the_reader_s_language() -> None:
    assert person_label(None) == '<span class="muted">unknown</span>'
    with translation.override("ru"):
        assert "unknown" not in person_label(None)


def test_level_badges() -> None:
    assert level_badge("internal") == ""
    assert level_badge(None) == ""
    assert level_badge("secret") == '<span class="level level-secret">Secret</span>'
    with translation.override("ru"):
        assert "Secret" not in level_badge("secret")


class Pick(forms.Form):
    who = forms.ChoiceField(
        choices=[("", "Everyone"), ("a1", "Ann & <Bob>"), ("b2", "Борис")], widget=ListSelect
    )


def test_list_select_marks_the_chosen_option_and_escapes_labels() -> None:
    html = str(Pick({"who": "b2"})["who"])
    assert html.startswith('<select id="id_who" name="who" required>')
    assert '<option value="a1">Ann &amp; &lt;Bob&gt;</option>' in html
    assert '<option value="b2" selected>Борис</option>' in html
    assert html.count("selected") == 1
    assert html.endswith("</select>")


def test_list_select_refuses_option_groups_rather_than_drop_them() -> None:
    widget = ListSelect(choices=[("Group", [("a", "A")])])
    with pytest.raises(TypeError, match="option groups"):
        widget.render("x", None)


class _Obj:
    def __init__(self, **attrs: object) -> None:
        self.__dict__.update(attrs)


def test_an_act_line_shows_type_victim_place_perpetrators_and_escapes_them() -> None:
    place = _Obj(pk=PK, name="ИВС <№1>")
    org = _Obj(pk=PK, name="Police & Co")
    act = {
        "obj": _Obj(description="<script>x</script>"),
        "type": "Beating",
        "victim": {"pk": PK, "text": "Семёнова", "link": True, "pseudonym": "V-1"},
        "place": place,
        "involvements": [
            {"degree": "Direct", "person": None, "org": org, "type": "police"},
            {
                "degree": "Ordered",
                "person": {"pk": PK, "text": "V-9", "link": False, "pseudonym": "V-9"},
                "org": None,
                "type": "",
            },
        ],
    }
    html = act_line(act)
    assert html.startswith('<span class="act-type">Beating</span>')
    assert f'against <a href="/records/people/{PK}/">Семёнова</a>' in html
    assert f'· <a href="/records/places/{PK}/">ИВС &lt;№1&gt;</a>' in html
    assert (
        f'<li>Direct: <a href="/records/organisations/{PK}/">Police &amp; Co</a>'
        ' <span class="muted">(police)</span></li>'
    ) in html
    assert '<li>Ordered: <span class="pseudonym"' in html and ">V-9</span></li>" in html
    assert '<p class="act-description">&lt;script&gt;x&lt;/script&gt;</p>' in html
    assert "<script>" not in html


def test_an_act_without_place_perpetrators_or_description_is_one_line() -> None:
    act = {
        "obj": _Obj(description=""),
        "type": "Threat",
        "victim": None,
        "place": None,
        "involvements": [],
    }
    assert act_line(act) == (
        '<span class="act-type">Threat</span>\nagainst <span class="muted">unknown</span>'
    )


def test_a_chronology_item_escapes_the_event_and_keeps_its_line_breaks() -> None:
    event = _Obj(
        pk=PK,
        title="Обыск <у> «наблюдателя»",
        confidentiality="restricted",
        location_detail='flat 5 & "yard"',
        description="First line\r\nsecond <b>line</b>",
    )
    source = _Obj(pk=PK, title="Appeal & reply")
    item = {
        "obj": event,
        "date": "8 Oct 2018",
        "place": _Obj(pk=PK, name="Алматы"),
        "acts": [
            {
                "obj": _Obj(description=""),
                "type": "Search",
                "victim": None,
                "place": None,
                "involvements": [],
            }
        ],
        "sources": [_Obj(source=source), _Obj(source=source)],
    }
    html = chronology_item(item)
    assert html.startswith('<div class="chronology-date">8 Oct 2018</div>')
    assert (
        f'<h3><a href="/records/events/{PK}/">Обыск &lt;у&gt; «наблюдателя»</a> '
        '<span class="level level-restricted">Restricted</span></h3>'
    ) in html
    assert (
        f'<p class="muted"><a href="/records/places/{PK}/">Алматы</a>, '
        "flat 5 &amp; &quot;yard&quot;</p>"
    ) in html
    assert "<p>First line<br>second &lt;b&gt;line&lt;/b&gt;</p>" in html
    assert '<ul class="acts"><li><span class="act-type">Search</span>' in html
    link = f'<a href="/records/sources/{PK}/">Appeal &amp; reply</a>'
    assert f'<p class="sources">Sources: {link}; {link}</p>' in html
    assert html.endswith("</div>")
    with translation.override("ru"):
        assert "Sources:" not in chronology_item(item)


def test_a_bare_chronology_item_has_no_empty_paragraphs_or_lists() -> None:
    event = _Obj(pk=PK, title="T", confidentiality="internal", location_detail="", description="")
    html = chronology_item({"obj": event, "date": "2015", "place": None, "acts": [], "sources": []})
    assert "<p" not in html and "<ul" not in html and "level" not in html
