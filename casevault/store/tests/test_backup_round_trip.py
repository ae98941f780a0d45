from pathlib import Path

from casevault.store.backup.testing import (
    backups,
    export,
    make_backup,
    new_database,
    populate,
    tree_digest,
)
from casevault.testing import Cli

__all__ = ["new_database"]


def test_a_restored_backup_exports_the_same_records_and_evidence(
    cli: Cli, new_database: dict[str, str]
) -> None:
    populate(cli)
    dest = cli.tmp / "backups"
    out = cli.ok("backup", cli.vault, dest)
    assert "Backup written" in out
    (backup,) = backups(dest)
    before = export(cli, cli.vault)
    restored = cli.tmp / "restored"
    out = cli.ok("restore", backup, restored, env=new_database)
    assert "all checked" in out
    assert export(cli, restored, env=new_database) == before
    assert tree_digest(restored / "evidence") == tree_digest(cli.vault / "evidence")
    assert len([n for n in tree_digest(restored / "evidence") if n.startswith("blobs/")]) == 3
    assert "OK" in cli.ok("audit", "verify", restored, env=new_database)


def test_a_second_backup_copies_no_evidence_again_and_still_restores(
    cli: Cli, new_database: dict[str, str]
) -> None:
    populate(cli)
    dest = cli.tmp / "backups"
    first = make_backup(cli, dest)
    out = cli.ok("backup", cli.vault, dest)
    assert "incremental" in out and "0 of 3 evidence blobs copied" in out
    (second,) = set(backups(dest)) - {first}
    assert second.stat().st_size < first.stat().st_size - 500_000
    assert "3 evidence blobs, 3 of them in earlier files" in cli.ok("backup", "verify", second)
    restored = cli.tmp / "restored"
    cli.ok("restore", second, restored, env=new_database)
    assert tree_digest(restored / "evidence") == tree_digest(cli.vault / "evidence")


def test_full_makes_a_self_contained_file(cli: Cli) -> None:
    populate(cli, evidence=1)
    dest = cli.tmp / "backups"
    cli.ok("backup", cli.vault, dest)
    out = cli.ok("backup", cli.vault, dest, "--full")
    assert "1 of 1 evidence blobs copied" in out
    alone = cli.tmp / "alone"
    alone.mkdir()
    (full,) = [p for p in backups(dest) if p.name in out]
    Path(alone / full.name).write_bytes(full.read_bytes())
    assert "OK" in cli.ok("backup", "verify", alone / full.name)
