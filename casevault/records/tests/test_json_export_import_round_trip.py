import json

from casevault.testing import Cli


def test_export_import_export_gives_identical_json(cli: Cli) -> None:
    cli.ok("demo", cli.vault)
    first = cli.ok("export", cli.vault)
    dump = cli.tmp / "dump.json"
    dump.write_text(first)
    restored = cli.tmp / "restored"
    other = cli.second_vault_env()
    cli.ok("init", restored, env=other)
    cli.ok("import-json", restored, dump, env=other)
    second = cli.ok("export", restored, env=other)
    assert second == first
    tables = json.loads(first)["tables"]
    for label in [
        "records.person",
        "records.event",
        "records.act",
        "records.facility",
        "records.consent",
    ]:
        assert tables[label], f"the demo vault should have {label} rows"


def test_the_imported_vault_has_a_valid_audit_chain(cli: Cli) -> None:
    cli.ok("demo", cli.vault)
    dump = cli.tmp / "dump.json"
    dump.write_text(cli.ok("export", cli.vault))
    restored = cli.tmp / "restored"
    other = cli.second_vault_env()
    cli.ok("init", restored, env=other)
    cli.ok("import-json", restored, dump, env=other)
    assert cli.ok("audit", "verify", restored, env=other).startswith("OK")
