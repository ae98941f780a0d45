"""Following an incremental backup to the earlier files that hold the rest of its blobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casevault.store import keyfile
from casevault.store.backup.errors import BackupError, BackupTamperedError
from casevault.store.backup.reader import ReadResult, Sink, read_backup


def _no_unwrap(_: keyfile.KeyFile) -> bytes:
    raise AssertionError("a base backup is read with the data key already known")


def read_bases(
    path: Path,
    main: ReadResult,
    make_sink: Callable[[set[str]], Sink],
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    """Read every base the backup at ``path`` refers to; check the blobs it takes from them.

    Returns the number of blobs taken from bases.
    """
    wanted: dict[str, set[str]] = {}
    for blob, ref in main.manifest.blobs.items():
        if ref.backup_id != main.header.backup_id:
            wanted.setdefault(ref.backup_id, set()).add(blob)
    for backup_id, blobs in sorted(wanted.items()):
        base = main.manifest.bases.get(backup_id)
        if base is None:
            raise BackupTamperedError(f"{path.name}: a blob refers to an unknown earlier backup")
        base_path = path.parent / base["file"]
        if not base_path.exists():
            raise BackupError(
                f"{path.name} is incremental and needs the earlier backup {base['file']} in the "
                f"same folder ({len(blobs)} evidence blobs are stored there): copy it back beside "
                "it and retry"
            )
        result = read_backup(
            base_path,
            sink=make_sink(blobs),
            unwrap=_no_unwrap,
            data_key=main.data_key,
            expect_manifest_sha256=base["manifest_sha256"],
            progress=progress,
        )
        for blob in sorted(blobs):
            held = result.manifest.blobs.get(blob)
            want = main.manifest.blobs[blob]
            if held is None or held.backup_id != backup_id:
                raise BackupTamperedError(f"{base['file']} does not hold evidence blob {blob}")
            if (held.sha256, held.size) != (want.sha256, want.size):
                raise BackupTamperedError(
                    f"evidence blob {blob} in {base['file']} does not match {path.name}'s manifest"
                )
    return sum(len(b) for b in wanted.values())
