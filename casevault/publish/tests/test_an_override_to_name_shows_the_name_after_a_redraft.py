"""A coordinator's override to name an official takes effect when the draft is rewritten."""

from __future__ import annotations

import pytest

from casevault.accounts.models import User
from casevault.publish.actions import flag_override, statement_create, statement_redraft
from casevault.publish.tests.conftest import DemoCase, assert_no_forbidden
from casevault.records.models import PersonName

pytestmark = pytest.mark.django_db


def test_the_overridden_official_is_named_and_the_witnesses_still_are_not(
    demo: DemoCase, coordinator: User
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    officer = PersonName.objects.get(full_name="Bekzhan Orazov").person
    assert "Orazov" not in statement.body

    flag_override(
        actor=coordinator,
        statement=statement,
        person=officer,
        form="name",
        reason="A prison officer acting in his official capacity.",
    )
    statement_redraft(actor=coordinator, statement=statement)

    statement.refresh_from_db()
    assert "Bekzhan Orazov" in statement.body
    assert_no_forbidden(statement.body, "the rewritten draft")
