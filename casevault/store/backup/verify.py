"""``casevault backup verify``: check a backup without restoring it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casevault.store import keyfile
from casevault.store.backup.chain import read_bases
from casevault.store.backup.reader import read_backup
from casevault.store.backup.sinks import VerifySink


@dataclass
class VerifyReport:
    path: Path
    kind: str
    backend: str
    encryption: str
    created: str
    members: int
    blobs: int
    blobs_in_bases: int
    rows: int
    bytes_checked: int


def backup_verify(
    path: Path, *, unwrap: Callable[[keyfile.KeyFile], bytes], identity_file: Path | None = None
) -> VerifyReport:
    path = path.expanduser().absolute()
    with tempfile.TemporaryDirectory(prefix="casevault-verify-") as tmp:
        sink = VerifySink(Path(tmp))
        result = read_backup(path, sink=sink, unwrap=unwrap, identity_file=identity_file)
        sink.check_database(result.data_key, result.manifest.counts)
    from_bases = read_bases(path, result, lambda blobs: VerifySink(None))
    return VerifyReport(
        path=path,
        kind=result.header.kind,
        backend=result.header.backend,
        encryption=result.header.encryption,
        created=result.header.created,
        members=len(result.files_checked),
        blobs=len(result.manifest.blobs),
        blobs_in_bases=from_bases,
        rows=sum(result.manifest.counts.values()),
        bytes_checked=result.bytes_checked,
    )
