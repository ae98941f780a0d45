import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.store.backup.testing import backups, new_database, populate
from casevault.testing import Cli

__all__ = ["new_database"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 300 KiB tmpfs, smaller than the test evidence alone (so server mode fills it too).

    Root can mount one here; elsewhere test_a_simulated_enospc still covers ENOSPC.
    """
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; test_a_simulated_enospc covers it")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_backup_onto_a_full_disk_fails_cleanly_and_leaves_nothing(
    cli: Cli, small_disk: Path
) -> None:
    populate(cli, evidence=3)
    done = cli.run("backup", cli.vault, small_disk / "b")
    assert done.returncode != 0
    assert "disk full" in done.stderr and "no backup was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert backups(small_disk / "b") == []
    assert [p.name for p in (small_disk / "b").iterdir()] == [".casevault-backup.lock"]
    assert "OK" in cli.ok("audit", "verify", cli.vault)


def test_a_restore_onto_a_full_disk_fails_cleanly_and_leaves_nothing(
    cli: Cli, small_disk: Path, new_database: dict[str, str]
) -> None:
    populate(cli, evidence=3)
    cli.ok("backup", cli.vault, cli.tmp / "b")
    (backup,) = backups(cli.tmp / "b")
    done = cli.run("restore", backup, small_disk / "restored", env=new_database)
    assert done.returncode != 0
    assert "disk full" in done.stderr and "nothing was restored" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(small_disk.iterdir()) == []


SIMULATED = """
import errno, os
from pathlib import Path
from casevault.store.backup import create
real_fsync = os.fsync
def full(fd):
    raise OSError(errno.ENOSPC, "No space left on device")
create.os.fsync = full
try:
    create.backup_create(vault=vault, dest=Path(DEST), progress=False)
except Exception as exc:
    print(type(exc).__name__, exc)
"""


def test_a_simulated_enospc_is_reported_the_same_way(cli: Cli) -> None:
    cli.init()
    dest = cli.tmp / "b"
    out = cli.python_ok(SIMULATED.replace("DEST", repr(str(dest))))
    assert out.startswith("BackupError disk full")
    assert backups(dest) == [] and not list(dest.glob(".*.partial*"))
