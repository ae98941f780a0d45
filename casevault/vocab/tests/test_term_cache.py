"""Term lookups are cached per process, and a vocabulary change is never hidden by it."""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.db import transaction

from casevault.accounts.models import User
from casevault.records import actions
from casevault.records.actions.common import RecordError
from casevault.testing import event
from casevault.vocab import lookup
from casevault.vocab.load import vocabularies_load
from casevault.vocab.models import Term

pytestmark = pytest.mark.django_db

KEY = "act_type:detention"
CaptureOnCommit = Callable[..., AbstractContextManager[list[Callable[[], Any]]]]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    # As in a new process: an earlier test's rolled-back vocabulary write must not count.
    lookup.clear_term_cache()
    yield
    lookup.clear_term_cache()


def _relabel(label: str) -> None:
    detention = Term.objects.get(pk=KEY)
    detention.label_en = label
    detention.save(update_fields=["label_en"])


def test_a_term_is_read_from_the_database_once(
    django_assert_num_queries: Callable[..., Any],
) -> None:
    with django_assert_num_queries(1):
        first = lookup.term_get(KEY)
        second = lookup.term_get(KEY)
    assert first is not None and first is second


def test_a_missing_term_is_not_cached_and_still_refused(documenter: User) -> None:
    assert lookup.term_get("act_type:no_such_thing") is None
    assert lookup.cached_count() == 0
    with pytest.raises(RecordError, match="not a term of the act_type vocabulary"):
        actions.act_create(actor=documenter, event=event(documenter), act_type="no_such_thing")


def test_a_saved_change_is_seen_at_once_and_cached_after_commit(
    django_capture_on_commit_callbacks: CaptureOnCommit,
) -> None:
    assert lookup.term_get(KEY) is not None
    with django_capture_on_commit_callbacks(execute=True):
        _relabel("Detention (renamed)")
        # Inside the writing transaction: read from the database, not cached.
        assert lookup.term_get(KEY).label_en == "Detention (renamed)"  # type: ignore[union-attr]
        assert lookup.cached_count() == 0
    assert lookup.term_get(KEY).label_en == "Detention (renamed)"  # type: ignore[union-attr]
    assert lookup.cached_count() == 1


def test_a_rolled_back_change_does_not_stay_in_the_cache() -> None:
    original = lookup.term_get(KEY).label_en  # type: ignore[union-attr]
    with pytest.raises(RuntimeError), transaction.atomic():
        _relabel("Never committed")
        assert lookup.term_get(KEY).label_en == "Never committed"  # type: ignore[union-attr]
        raise RuntimeError("roll back")
    assert lookup.term_get(KEY).label_en == original  # type: ignore[union-attr]


def test_reloading_the_vocabularies_empties_the_cache(admin: User) -> None:
    lookup.term_get(KEY)
    assert lookup.cached_count() == 1
    vocabularies_load(actor=admin)
    assert lookup.cached_count() == 0
