from casevault.store.backup.testing import backups
from casevault.testing import Cli


def test_restoring_over_an_existing_folder_is_refused_and_changes_nothing(cli: Cli) -> None:
    cli.init()
    cli.ok("backup", cli.vault, cli.tmp / "b")
    (backup,) = backups(cli.tmp / "b")
    before = {p.name: p.read_bytes() for p in cli.vault.iterdir() if p.is_file()}
    done = cli.run("restore", backup, cli.vault)
    assert done.returncode != 0
    assert "never writes over an existing one" in done.stderr
    after = {p.name: p.read_bytes() for p in cli.vault.iterdir() if p.is_file()}
    assert after == before
