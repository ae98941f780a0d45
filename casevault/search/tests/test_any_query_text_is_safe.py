from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casevault.accounts.models import User
from casevault.search.selectors import search_for_user
from casevault.testing import event


@pytest.mark.django_db
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=80) | st.sampled_from(['"', "'", "a*", "OR", "NEAR(", "x:*", "\\"]))
def test_no_text_breaks_the_query_of_either_database(system: User, text: str) -> None:
    event(system, "Обыск OR NEAR beating")

    hits = search_for_user(system, text)

    assert isinstance(hits, list)
