import pytest
from django.db import DatabaseError, connection, transaction

from casevault.accounts.models import User
from casevault.audit.models import AuditEntry, Revision
from casevault.testing import Cli, event

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditentry SET actor = 'x'",
        "DELETE FROM audit_auditentry",
        "UPDATE audit_revision SET actor = 'x'",
        "DELETE FROM audit_revision",
    ],
)
def test_the_database_refuses_to_change_or_remove_audit_rows(
    documenter: User, statement: str
) -> None:
    event(documenter)
    assert AuditEntry.objects.exists() and Revision.objects.exists()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as c:
            c.execute(statement)


def test_every_action_writes_one_entry_in_its_own_transaction(documenter: User) -> None:
    before = AuditEntry.objects.count()
    e = event(documenter, title="Search of the chair's house")
    entries = list(AuditEntry.objects.filter(seq__gt=before))
    assert [x.verb for x in entries] == ["event.create"]
    assert entries[0].target_id == str(e.pk)
    assert entries[0].actor == "documenter"


def test_audit_record_refuses_to_run_outside_a_transaction(cli: Cli) -> None:
    # In a fresh process: pytest-django wraps every test in a transaction of its own.
    cli.init()
    out = cli.python_ok(
        "from casevault.audit import log\n"
        "try:\n"
        "    log.record(actor='x', verb='event.create')\n"
        "except RuntimeError as exc:\n"
        "    print('refused:', exc)\n"
    )
    assert "refused: audit.record must run inside the action's transaction" in out
