from __future__ import annotations

import re

import polib  # type: ignore[import-untyped]
import pytest

from casevault.web import i18n

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def russian() -> polib.POFile:
    return polib.pofile(str(i18n.LOCALE_DIR / "ru" / "LC_MESSAGES" / "django.po"))


@pytest.mark.pure
def test_every_message_in_the_code_is_in_the_russian_catalog() -> None:
    known = {(e.msgctxt or "", e.msgid) for e in russian()}
    missing = sorted(i18n.find_messages() - known)
    assert not missing, (
        "new messages: run `django-admin makemessages -l ru -l kk` in casevault/, "
        f"translate, then `python -m casevault.web.i18n`: {missing[:10]}"
    )


@pytest.mark.pure
def test_every_russian_message_is_translated_and_checked() -> None:
    catalog = russian()
    assert not catalog.untranslated_entries()
    assert not catalog.fuzzy_entries()
    assert catalog.percent_translated() == 100


@pytest.mark.pure
def test_translations_keep_every_placeholder() -> None:
    for entry in russian():
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, entry.msgid
