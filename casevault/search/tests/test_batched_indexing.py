from __future__ import annotations

import pytest
from django.db import transaction

from casevault.accounts.models import User
from casevault.records import actions
from casevault.search import index as search_index
from casevault.search.selectors import search_for_user
from casevault.testing import event, person


@pytest.mark.django_db
def test_a_batch_is_searchable_once_it_ends_and_not_at_all_if_it_fails(system: User) -> None:
    with transaction.atomic(), search_index.batched():
        victim = person(system, "Асель Нурланова")
        incident = event(system, "Transfer to the colony")
        actions.act_create(actor=system, event=incident, act_type="torture", victim=victim)
        assert search_for_user(system, "Nurlanova") == []  # not yet: indexed at the end

    assert {h.target_type for h in search_for_user(system, "Nurlanova")} == {"event", "person"}

    with pytest.raises(RuntimeError), transaction.atomic(), search_index.batched():
        event(system, "Rolled back colony visit")
        raise RuntimeError("the import failed half way")

    assert [h.title for h in search_for_user(system, "colony")] == ["Transfer to the colony"]
