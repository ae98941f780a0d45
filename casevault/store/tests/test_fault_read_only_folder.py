import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.store.backup.testing import backups, new_database
from casevault.testing import Cli

__all__ = ["new_database"]


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A read-only folder. Root ignores permission bits, so mount one read-only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_backup_into_a_read_only_folder_says_so(cli: Cli, read_only: Path) -> None:
    cli.init()
    done = cli.run("backup", cli.vault, read_only)
    assert done.returncode != 0
    assert f"cannot write into {read_only}" in done.stderr
    assert "no backup was written" in done.stderr and "Traceback" not in done.stderr
    assert "OK" in cli.ok("audit", "verify", cli.vault)


def test_a_restore_into_a_read_only_folder_says_so(
    cli: Cli, read_only: Path, new_database: dict[str, str]
) -> None:
    cli.init()
    cli.ok("backup", cli.vault, cli.tmp / "b")
    (backup,) = backups(cli.tmp / "b")
    done = cli.run("restore", backup, read_only / "restored", env=new_database)
    assert done.returncode != 0
    assert "cannot write into" in done.stderr and "nothing was restored" in done.stderr
    assert "Traceback" not in done.stderr
