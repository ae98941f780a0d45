"""Publishing is refused while a consent flag is open or the text names someone it may not."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from casevault.accounts.models import CaseGrant, User
from casevault.audit.models import AuditEntry
from casevault.publish.actions import (
    PublishError,
    flag_override,
    statement_create,
    statement_publish,
    statement_update,
)
from casevault.publish.selectors import statement_check
from casevault.publish.tests.conftest import DemoCase, override_all

pytestmark = pytest.mark.django_db


def test_a_statement_with_open_flags_is_not_published(demo: DemoCase, coordinator: User) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    flagged = {a.pseudonym for a in statement_check(statement).flags}
    assert flagged  # the officers, the lawyer, the judge have no consent record

    with pytest.raises(PublishError, match="consent flag"):
        statement_publish(actor=coordinator, statement=statement)
    assert not statement.versions.exists()


def test_a_typed_name_of_a_person_who_refused_blocks_publishing(
    demo: DemoCase, coordinator: User
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    override_all(coordinator, statement)
    statement_update(
        actor=coordinator,
        statement=statement,
        body=statement.body + "\nWe thank Aigul Nurtayeva for her courage.\n",
    )
    check = statement_check(statement)
    assert [a.person for a in check.named_in_text] == [demo.witness]

    with pytest.raises(PublishError, match=demo.witness.pseudonym):
        statement_publish(actor=coordinator, statement=statement)


def test_a_coordinator_overrides_a_flag_with_a_written_reason_and_it_is_audited(
    demo: DemoCase, coordinator: User
) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    officer = next(a.person for a in statement_check(statement).flags)

    with pytest.raises(PublishError, match="reason"):
        flag_override(
            actor=coordinator, statement=statement, person=officer, form="name", reason=""
        )
    flag_override(
        actor=coordinator,
        statement=statement,
        person=officer,
        form="name",
        reason="A public official acting in his official capacity.",
    )

    entry = AuditEntry.objects.filter(verb="statement.override").get()
    assert entry.details["reason"] == "A public official acting in his official capacity."
    assert officer.pk not in {a.person.pk for a in statement_check(statement).flags}


def test_a_refusal_is_never_overridden(demo: DemoCase, coordinator: User) -> None:
    statement = statement_create(actor=coordinator, case=demo.case)
    with pytest.raises(PublishError, match="never overridden"):
        flag_override(
            actor=coordinator,
            statement=statement,
            person=demo.refuser,
            form="name",
            reason="We would like to name him after all.",
        )


def test_an_editor_may_draft_but_not_override_or_publish(
    demo: DemoCase, editor: User, coordinator: User
) -> None:
    CaseGrant.objects.create(user=editor, case=demo.case)
    statement = statement_create(actor=editor, case=demo.case)
    override_all(coordinator, statement)
    officer = statement.overrides.first().person  # type: ignore[union-attr]

    with pytest.raises(PermissionDenied):
        flag_override(
            actor=editor, statement=statement, person=officer, form="name", reason="x" * 20
        )
    with pytest.raises(PermissionDenied):
        statement_publish(actor=editor, statement=statement)
    assert statement_publish(actor=coordinator, statement=statement).number == 1
