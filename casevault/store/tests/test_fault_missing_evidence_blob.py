from casevault.store.backup.testing import backups, new_database, populate
from casevault.testing import Cli

__all__ = ["new_database"]


def test_a_blob_missing_from_disk_stops_the_backup_with_its_name(cli: Cli) -> None:
    populate(cli, evidence=2)
    blob = sorted((cli.vault / "evidence" / "blobs").rglob("*"))[-1]
    blob.unlink()
    done = cli.run("backup", cli.vault, cli.tmp / "b")
    assert done.returncode != 0
    assert f"evidence blob {blob.name}" in done.stderr and "missing" in done.stderr
    assert "Traceback" not in done.stderr
    assert backups(cli.tmp / "b") == []
    assert "OK" in cli.ok("audit", "verify", cli.vault)


def test_a_blob_missing_from_the_restored_folder_is_caught_by_restore(
    cli: Cli, new_database: dict[str, str]
) -> None:
    """An incremental backup whose earlier file lost the blob (replaced by a truncated copy)."""
    populate(cli, evidence=1)
    dest = cli.tmp / "b"
    cli.ok("backup", cli.vault, dest)
    cli.ok("backup", cli.vault, dest)
    first, second = backups(dest)
    first.write_bytes(first.read_bytes()[:4096])
    done = cli.run("restore", second, cli.tmp / "restored", env=new_database)
    assert done.returncode != 0 and first.name in done.stderr
    assert not (cli.tmp / "restored").exists()
