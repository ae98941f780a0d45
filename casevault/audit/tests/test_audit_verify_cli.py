from casevault.testing import Cli

ALTER_AN_ENTRY = """
from django.db import connection
with connection.cursor() as c:
    if connection.vendor == "postgresql":
        c.execute("DROP TRIGGER audit_entry_append_only ON audit_auditentry")
    else:
        c.execute("DROP TRIGGER audit_entry_no_update")
    c.execute("UPDATE audit_auditentry SET actor = 'forger' WHERE seq = 2")
"""


def test_it_says_ok_for_an_intact_chain(cli: Cli) -> None:
    cli.init()
    out = cli.ok("audit", "verify", cli.vault)
    assert out.startswith("OK: ")


def test_it_names_the_first_broken_entry_and_fails(cli: Cli) -> None:
    cli.init()
    cli.ok("user", "add", cli.vault, "maria", "--role", "documenter")
    cli.ok("user", "add", cli.vault, "aliya", "--role", "lawyer")
    cli.python_ok(ALTER_AN_ENTRY)
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    assert "entry 2" in done.stderr
    assert "altered" in done.stderr
