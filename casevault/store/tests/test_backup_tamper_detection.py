import shutil
from pathlib import Path

import pytest

from casevault.store.backup.testing import make_backup, populate
from casevault.testing import Cli


@pytest.fixture
def backup(cli: Cli) -> Path:
    populate(cli, evidence=2)
    return make_backup(cli, cli.tmp / "b")


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _refused(cli: Cli, backup: Path, *words: str) -> None:
    done = cli.run("backup", "verify", backup)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr
    target = cli.tmp / "restored"
    done = cli.run("restore", backup, target)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert not target.exists()


@pytest.mark.parametrize("where", [0.2, 0.5, 0.8, 0.999])
def test_a_flipped_byte_anywhere_is_detected(cli: Cli, backup: Path, where: float) -> None:
    _flip(backup, int(backup.stat().st_size * where) - 1100)
    _refused(cli, backup)


def test_a_flipped_byte_in_an_evidence_blob_names_it(cli: Cli, backup: Path) -> None:
    data = backup.read_bytes()
    offset = data.index(b"evidence/blobs/") + 512 + 1000
    _flip(backup, offset)
    _refused(cli, backup, "evidence/blobs/", "does not match its SHA-256")


def test_an_altered_header_is_detected(cli: Cli, backup: Path) -> None:
    data = backup.read_bytes()
    _flip(backup, data.index(b'"created"') + 14)
    _refused(cli, backup, "header")


def test_a_truncated_backup_is_detected(cli: Cli, backup: Path) -> None:
    with open(backup, "r+b") as fh:
        fh.truncate(backup.stat().st_size // 2)
    _refused(cli, backup, "truncated")


def test_a_swapped_earlier_backup_is_detected(cli: Cli, backup: Path) -> None:
    """An incremental backup takes its blobs from the earlier file; swap that file."""
    second = make_backup(cli, backup.parent)
    other = make_backup(cli, cli.tmp / "other", "--full")
    shutil.copyfile(other, backup)
    _refused(cli, second, "replaced")


def test_a_missing_earlier_backup_is_named(cli: Cli, backup: Path) -> None:
    second = make_backup(cli, backup.parent)
    backup.unlink()
    _refused(cli, second, backup.name)


def test_a_wrong_passphrase_is_a_clear_error(cli: Cli, backup: Path) -> None:
    done = cli.run("backup", "verify", backup, env={"CASEVAULT_PASSPHRASE": "not the passphrase"})
    assert done.returncode != 0 and "wrong passphrase for this backup" in done.stderr
