from __future__ import annotations

import pytest

from casevault.web import i18n


@pytest.mark.pure
def test_every_compiled_catalog_matches_its_source() -> None:
    catalogs = i18n.catalogs()
    assert {p.parent.parent.name for p in catalogs} >= {"ru", "kk"}
    stale = [str(p) for p in catalogs if not i18n.is_current(p)]
    assert not stale, f"run: python -m casevault.web.i18n  ({stale})"


@pytest.mark.pure
def test_compiling_needs_no_system_gettext(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # polib writes the .mo itself: hide every program, and it still works.
    monkeypatch.setenv("PATH", str(tmp_path))
    target = tmp_path / "ru" / "LC_MESSAGES"
    target.mkdir(parents=True)
    source = i18n.LOCALE_DIR / "ru" / "LC_MESSAGES" / "django.po"
    (target / "django.po").write_bytes(source.read_bytes())
    assert i18n.compile_catalogs(tmp_path) == [target / "django.mo"]
    assert i18n.is_current(target / "django.po")
    assert i18n.compile_catalogs(tmp_path) == []
