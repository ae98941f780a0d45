from casevault.testing import Cli

FUTURE_STEP = """
from django.db import connection
with connection.cursor() as c:
    c.execute(
        "INSERT INTO django_migrations (app, name, applied) VALUES (%s, %s, %s)",
        ["records", "9999_from_a_newer_casevault", "2030-01-01 00:00:00"],
    )
"""


def test_a_vault_from_a_newer_casevault_is_refused_untouched(cli: Cli) -> None:
    cli.init()
    cli.python_ok(FUTURE_STEP)
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    assert "newer CaseVault" in done.stderr
    assert "records.9999_from_a_newer_casevault" in done.stderr
