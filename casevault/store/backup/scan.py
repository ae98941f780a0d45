"""Reading earlier backups in a folder without streaming them: headers and manifests only."""

from __future__ import annotations

import hashlib
import tarfile
from dataclasses import dataclass
from pathlib import Path

from casevault.store.backup import container
from casevault.store.backup import manifest as mf
from casevault.store.backup.errors import BackupError


@dataclass
class Entry:
    name: str
    offset: int
    size: int


def scan_members(path: Path) -> list[Entry]:
    """Member names and offsets of a plain (vault-key) backup, seeking over the data."""
    entries: list[Entry] = []
    with open(path, "rb") as fh:
        offset = 0
        while True:
            fh.seek(offset)
            block = fh.read(container.BLOCK)
            if len(block) < container.BLOCK:
                raise BackupError(f"{path.name} is truncated")
            if block == b"\0" * container.BLOCK:
                return entries
            try:
                info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
            except tarfile.TarError as exc:
                raise BackupError(f"{path.name} has a damaged member header") from exc
            entries.append(Entry(info.name, offset + container.BLOCK, info.size))
            offset += container.BLOCK + info.size + (-info.size % container.BLOCK)


def read_entry(path: Path, entry: Entry, limit: int = 256 << 20) -> bytes:
    if entry.size > limit:
        raise BackupError(f"{path.name}: {entry.name} is implausibly large")
    with open(path, "rb") as fh:
        fh.seek(entry.offset)
        data = fh.read(entry.size)
    if len(data) != entry.size:
        raise BackupError(f"{path.name} is truncated")
    return data


def sealed_manifest(path: Path) -> tuple[mf.Header, bytes]:
    entries = scan_members(path)
    if not entries or entries[0].name != mf.HEADER or entries[-1].name != mf.MANIFEST:
        raise BackupError(f"{path.name} is incomplete")
    return mf.Header.parse(read_entry(path, entries[0])), read_entry(path, entries[-1])


def find_bases(
    dest: Path, vault_id: str, data_key: bytes
) -> tuple[dict[str, mf.BlobRef], dict[str, dict[str, str]]]:
    """Blobs already stored in earlier vault-key backups of this vault in ``dest``.

    An earlier file that cannot be read or whose manifest does not verify is ignored:
    its blobs are simply written again.
    """
    blobs: dict[str, mf.BlobRef] = {}
    files: dict[str, dict[str, str]] = {}
    for path in sorted(dest.iterdir()):
        if not mf.FILE_PATTERN.fullmatch(path.name) or container.is_encrypted(path):
            continue
        try:
            header, sealed = sealed_manifest(path)
            if header.vault_id != vault_id:
                continue
            manifest = mf.unseal(sealed, data_key, header.backup_id, path.name)
        except (BackupError, OSError):
            continue
        files[header.backup_id] = {
            "file": path.name,
            "manifest_sha256": hashlib.sha256(sealed).hexdigest(),
        }
        for name, ref in manifest.blobs.items():
            if ref.backup_id == header.backup_id:
                blobs.setdefault(name, ref)
    return blobs, files
