from datetime import UTC, datetime
from pathlib import Path

import pytest

from casevault.store.backup import manifest as mf
from casevault.store.backup.create import _new_name

pytestmark = pytest.mark.pure


def test_a_backup_made_in_the_same_second_sorts_after_the_earlier_one(tmp_path: Path) -> None:
    now = datetime(2026, 11, 28, 3, 23, 17, 900_000, tzinfo=UTC)
    # The earlier file's random part sorts after any the new one could get.
    (tmp_path / f"casevault-backup-20261128T032317Z-ffffffff{mf.SUFFIX}").touch()
    name = _new_name(tmp_path, now, "00000000" + "0" * 24)
    assert mf.FILE_PATTERN.fullmatch(name)
    assert sorted([*(p.name for p in tmp_path.iterdir()), name])[-1] == name


def test_a_clock_that_stepped_back_does_not_reorder_the_folder(tmp_path: Path) -> None:
    (tmp_path / f"casevault-backup-20261128T040000Z-12345678{mf.SUFFIX}").touch()
    (tmp_path / "notes.txt").touch()
    earlier_clock = datetime(2026, 11, 28, 3, 59, 0, tzinfo=UTC)
    assert _new_name(tmp_path, earlier_clock, "a" * 32).startswith(
        "casevault-backup-20261128T040001Z-aaaaaaaa"
    )


def test_with_a_sane_clock_the_name_carries_the_time_of_the_backup(tmp_path: Path) -> None:
    (tmp_path / f"casevault-backup-20261128T030000Z-12345678{mf.SUFFIX}").touch()
    now = datetime(2026, 11, 28, 3, 23, 17, tzinfo=UTC)
    assert (
        _new_name(tmp_path, now, "b" * 32)
        == f"casevault-backup-20261128T032317Z-bbbbbbbb{mf.SUFFIX}"
    )
