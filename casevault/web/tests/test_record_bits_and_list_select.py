"""The Python-rendered pieces of record pages give the HTML the templates they replaced gave."""

from __future__ import annotations

import uuid

import pytest
from django import forms
from django.utils import translation

from casevault.web.templatetags.record_bits import level_badge, person_label
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
