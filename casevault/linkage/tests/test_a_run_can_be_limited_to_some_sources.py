"""`link_run(sources=…)` compares only the people on those sources (by title, id or case
reference); the others are not read into the model at all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from casevault import testing
from casevault.accounts.models import User
from casevault.linkage import actions
from casevault.linkage.features import PersonRecord
from casevault.linkage.model import LinkResult
from casevault.records import actions as records
from casevault.records.models import Person, Source

pytestmark = pytest.mark.django_db


def _fake_link(records_: Sequence[PersonRecord], threshold: float = 0.9, **_: Any) -> LinkResult:
    ids = [r.id for r in records_ if not r.id.startswith("synthetic:")]
    return LinkResult([], {i: i for i in ids}, "fake-model", threshold, {})


def _documented(actor: User, name: str, source: Source) -> Person:
    person = testing.person(actor, name)
    act = records.act_create(
        actor=actor, event=testing.event(actor, name), act_type="detention", victim=person
    )
    records.information_create(actor=actor, source=source, act=act)
    return person


def test_only_people_on_the_named_sources_are_linked(
    coordinator: User, analyst: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "link", _fake_link)
    visit, media, court = (
        records.source_create(actor=coordinator, source_type="document", title=title)
        for title in ("Visit report", "Media", "Court record")
    )
    on_visit = _documented(coordinator, "Семёнова Елена", visit)
    on_media = _documented(coordinator, "Elena Semionova", media)
    _documented(coordinator, "Semenova Olga", court)

    by_title = actions.link_run(actor=analyst, sources=["Visit report", "Media"])
    by_id = actions.link_run(actor=analyst, sources=[str(media.pk)])

    assert {r.id for r in by_title.records} == {str(on_visit.pk), str(on_media.pk)}
    assert {r.id for r in by_id.records} == {str(on_media.pk)}
    assert actions.link_run(actor=analyst, sources=["No such source"]).records == []
