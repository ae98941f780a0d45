"""`audit verify` must catch any edit, deletion, insertion or reordering made behind the
application's back. Tampering goes through raw SQL, after dropping the triggers, as an
attacker with the database would."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from casevault.accounts.models import User
from casevault.audit.chain import verify
from casevault.audit.models import AuditEntry
from casevault.testing import event, person

pytestmark = pytest.mark.django_db


def _drop_triggers() -> None:
    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            c.execute("DROP TRIGGER audit_entry_append_only ON audit_auditentry")
        else:
            c.execute("DROP TRIGGER audit_entry_no_update")
            c.execute("DROP TRIGGER audit_entry_no_delete")


def _sql(statement: str, params: list[Any] | None = None) -> None:
    with connection.cursor() as c:
        c.execute(statement, params or [])


@pytest.fixture
def chain(documenter: User) -> list[AuditEntry]:
    for i in range(4):
        event(documenter, title=f"Event {i}")
    person(documenter, "Семёнова Елена")
    entries = list(AuditEntry.objects.order_by("seq"))
    assert verify().ok
    return entries


def test_an_untouched_chain_verifies(chain: list[AuditEntry]) -> None:
    result = verify()
    assert result.ok
    assert result.checked == len(chain)


def _edit(entries: list[AuditEntry]) -> int:
    target = entries[-3]
    _sql("UPDATE audit_auditentry SET actor = %s WHERE seq = %s", ["someone-else", target.seq])
    return target.seq


def _edit_details(entries: list[AuditEntry]) -> int:
    target = entries[-2]
    _sql("UPDATE audit_auditentry SET details = %s WHERE seq = %s", ['{"x": 1}', target.seq])
    return target.seq


def _delete_middle(entries: list[AuditEntry]) -> int:
    target = entries[-3]
    _sql("DELETE FROM audit_auditentry WHERE seq = %s", [target.seq])
    return target.seq


def _delete_tail(entries: list[AuditEntry]) -> int:
    _sql("DELETE FROM audit_auditentry WHERE seq = %s", [entries[-1].seq])
    return entries[-1].seq


def _insert(entries: list[AuditEntry]) -> int:
    last = entries[-1]
    _sql(
        "INSERT INTO audit_auditentry (seq, at, actor, verb, target_type, target_id, digest, "
        "details, prev_hash, entry_hash) VALUES (%s, %s, %s, %s, '', '', %s, %s, %s, %s)",
        [
            last.seq + 1,
            last.at,
            "intruder",
            "event.create",
            "0" * 64,
            "{}",
            last.entry_hash,
            "f" * 64,
        ],
    )
    return last.seq + 1


def _reorder(entries: list[AuditEntry]) -> int:
    a, b = entries[-3], entries[-2]
    _sql("UPDATE audit_auditentry SET seq = %s WHERE seq = %s", [-1, a.seq])
    _sql("UPDATE audit_auditentry SET seq = %s WHERE seq = %s", [a.seq, b.seq])
    _sql("UPDATE audit_auditentry SET seq = %s WHERE seq = %s", [b.seq, -1])
    return a.seq


@pytest.mark.parametrize(
    "tamper",
    [_edit, _edit_details, _delete_middle, _delete_tail, _insert, _reorder],
    ids=["edit", "edit-details", "delete-middle", "delete-tail", "insert", "reorder"],
)
def test_tampering_is_detected_and_located(
    chain: list[AuditEntry], tamper: Callable[[list[AuditEntry]], int]
) -> None:
    _drop_triggers()
    seq = tamper(chain)
    result = verify()
    assert not result.ok
    assert str(seq) in result.problem or str(seq - 1) in result.problem
    assert result.checked < len(chain) + 1
