"""Reading a backup member by member, checking every byte against its sealed manifest.

``read_backup`` is shared by ``backup verify`` (which throws the bytes away after
checking) and ``restore`` (which writes them into a new vault folder). A ``Sink`` decides
what happens to each member; the reader decides whether it can be trusted. Nothing is
trusted until the manifest's seal and every hash have been checked: a sink must write
only into a place that is thrown away on failure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from casevault.store import keyfile
from casevault.store.backup import container
from casevault.store.backup import manifest as mf
from casevault.store.backup.errors import BackupError, BackupTamperedError


class Sink(Protocol):
    def key_file(self, data: bytes) -> keyfile.KeyFile: ...

    def member(self, name: str, chunks: Iterator[bytes], data_key: bytes) -> None: ...

    def wants_blob(self, name: str) -> bool: ...


@dataclass
class ReadResult:
    header: mf.Header
    manifest: mf.Manifest
    data_key: bytes
    files_checked: list[str] = field(default_factory=list)
    bytes_checked: int = 0


def _hashing(chunks: Iterator[bytes], digest: hashlib._Hash, count: list[int]) -> Iterator[bytes]:
    for chunk in chunks:
        digest.update(chunk)
        count[0] += len(chunk)
        yield chunk


def read_backup(
    path: Path,
    *,
    sink: Sink,
    unwrap: Callable[[keyfile.KeyFile], bytes],
    identity_file: Path | None = None,
    data_key: bytes | None = None,
    expect_manifest_sha256: str | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> ReadResult:
    """Read, check and hand over every member of one backup file (not its bases).

    ``data_key`` is given when reading a base of an incremental backup: the base was made
    by the same vault, perhaps under an older passphrase.
    """
    where = path.name
    try:
        return _read(
            path, where, sink, unwrap, identity_file, data_key, expect_manifest_sha256, progress
        )
    except BackupTamperedError as exc:
        if str(exc).startswith(where):
            raise
        # Name the file: with incremental backups, the damaged one may be an earlier file.
        raise BackupTamperedError(f"{where}: {exc}") from exc


def _read(
    path: Path,
    where: str,
    sink: Sink,
    unwrap: Callable[[keyfile.KeyFile], bytes],
    identity_file: Path | None,
    data_key: bytes | None,
    expect_manifest_sha256: str | None,
    progress: Callable[[int], None],
) -> ReadResult:
    seen: dict[str, tuple[str, int]] = {}
    header: mf.Header | None = None
    sealed: bytes | None = None
    with container.open_stream(path, identity_file) as stream:
        members = container.iter_members(stream)
        first = next(members, None)
        if first is None or first.name != mf.HEADER:
            raise BackupError(f"{where} is not a CaseVault backup (no header member)")
        header_bytes = first.read_all()
        header = mf.Header.parse(header_bytes)
        seen[mf.HEADER] = (hashlib.sha256(header_bytes).hexdigest(), len(header_bytes))
        for member in members:
            if member.name in seen:
                raise BackupTamperedError(f"{where}: member {member.name} appears twice")
            if member.name == mf.MANIFEST:
                sealed = member.read_all()
                continue
            if sealed is not None:
                raise BackupTamperedError(f"{where}: member {member.name} follows the manifest")
            digest, count = hashlib.sha256(), [0]
            chunks = _hashing(member.chunks(), digest, count)
            if member.name == mf.KEYFILE:
                data = b"".join(chunks)
                if data_key is None:
                    data_key = unwrap(sink.key_file(data))
            elif data_key is None:
                raise BackupTamperedError(f"{where}: the key file is missing or out of place")
            elif member.name.startswith(mf.BLOBS) and not sink.wants_blob(member.name):
                for _ in chunks:
                    pass
            else:
                sink.member(member.name, chunks, data_key)
                for _ in chunks:  # whatever the sink left unread still has to be checked
                    pass
            progress(count[0])
            seen[member.name] = (digest.hexdigest(), count[0])
    if sealed is None or data_key is None:
        raise BackupTamperedError(
            f"{where} has no manifest: it is truncated or incomplete; use another backup"
        )
    if expect_manifest_sha256 is not None and hashlib.sha256(sealed).hexdigest() != (
        expect_manifest_sha256
    ):
        raise BackupTamperedError(
            f"{where} is not the backup the later backup was built on (its manifest differs): "
            "it was replaced; find the original file"
        )
    manifest = mf.unseal(sealed, data_key, header.backup_id, where)
    _compare(where, header, manifest, seen)
    return ReadResult(header, manifest, data_key, sorted(seen), sum(s for _, s in seen.values()))


def _compare(
    where: str, header: mf.Header, manifest: mf.Manifest, seen: dict[str, tuple[str, int]]
) -> None:
    if manifest.backup_id != header.backup_id or manifest.vault_id != header.vault_id:
        raise BackupTamperedError(f"{where}: the header does not match the manifest")
    if seen[mf.HEADER][0] != manifest.header_sha256:
        raise BackupTamperedError(f"{where}: the header was altered after the backup was made")
    for name, (sha, size) in manifest.members.items():
        if name not in seen:
            raise BackupTamperedError(
                f"{where}: {name} is missing from the file (removed or truncated)"
            )
        if seen[name] != (sha, size):
            raise BackupTamperedError(
                f"{where}: {name} does not match its SHA-256 in the manifest (altered or "
                "swapped); do not restore from this file"
            )
    extra = sorted(set(seen) - set(manifest.members) - {mf.HEADER})
    if extra:
        raise BackupTamperedError(f"{where}: {extra[0]} is in the file but not in the manifest")
    for blob, ref in manifest.blobs.items():
        if ref.backup_id == header.backup_id and mf.blob_member(blob) not in manifest.members:
            raise BackupTamperedError(f"{where}: evidence blob {blob} is listed but not stored")
