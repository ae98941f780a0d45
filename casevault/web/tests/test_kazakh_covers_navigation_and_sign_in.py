from __future__ import annotations

import polib  # type: ignore[import-untyped]
import pytest
from django.utils import translation

from casevault.web import i18n
from casevault.web.nav import NAV_ITEMS

SIGN_IN = ["Sign in", "Username", "Password", "Sign out", "Language", "Two-factor sign-in"]


@pytest.mark.pure
def test_the_navigation_and_sign_in_are_in_kazakh() -> None:
    catalog = polib.pofile(str(i18n.LOCALE_DIR / "kk" / "LC_MESSAGES" / "django.po"))
    translated = {e.msgid for e in catalog.translated_entries()}
    assert set(SIGN_IN) <= translated
    with translation.override("en"):
        english = [str(label) for _, label in NAV_ITEMS]
    with translation.override("kk"):
        kazakh = [str(label) for _, label in NAV_ITEMS]
        assert translation.gettext("Sign in") == "Кіру"
    assert all(k != e for k, e in zip(kazakh, english, strict=True)), kazakh
