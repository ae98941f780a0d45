"""Refuse UPDATE and DELETE on audit entries in the database itself, on both backends."""

from django.db import migrations

SQLITE_UP = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_revision_no_update BEFORE UPDATE ON audit_revision
       BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END""",
    """CREATE TRIGGER audit_revision_no_delete BEFORE DELETE ON audit_revision
       BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
    "DROP TRIGGER IF EXISTS audit_revision_no_update",
    "DROP TRIGGER IF EXISTS audit_revision_no_delete",
]
POSTGRES_UP = [
    """CREATE OR REPLACE FUNCTION casevault_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_auditentry
       FOR EACH ROW EXECUTE FUNCTION casevault_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_auditentry
       FOR EACH STATEMENT EXECUTE FUNCTION casevault_append_only()""",
    """CREATE TRIGGER audit_revision_append_only BEFORE UPDATE OR DELETE ON audit_revision
       FOR EACH ROW EXECUTE FUNCTION casevault_append_only()""",
    """CREATE TRIGGER audit_revision_no_truncate BEFORE TRUNCATE ON audit_revision
       FOR EACH STATEMENT EXECUTE FUNCTION casevault_append_only()""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_auditentry",
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_auditentry",
    "DROP TRIGGER IF EXISTS audit_revision_append_only ON audit_revision",
    "DROP TRIGGER IF EXISTS audit_revision_no_truncate ON audit_revision",
    "DROP FUNCTION IF EXISTS casevault_append_only()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, None)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_audit_chain_and_revisions")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
