"""``casevault backup``: one new backup file in a folder, written so a partial one never
looks complete (hidden temporary name, fsync, rename last, fsync the folder)."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.db import OperationalError, transaction
from django.utils import timezone
from tqdm import tqdm

from casevault.store import keyfile, keyring
from casevault.store import vault as vaults
from casevault.store.backup import container, snapshot
from casevault.store.backup import manifest as mf
from casevault.store.backup.errors import BackupError
from casevault.store.backup.scan import find_bases
from casevault.store.patience import is_lock_error, write_patiently

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
LOCK_NAME = ".casevault-backup.lock"
_STAMP = slice(len("casevault-backup-"), len("casevault-backup-20260101T000000Z"))


@dataclass
class BackupResult:
    path: Path
    kind: str
    size: int
    blobs_total: int
    blobs_written: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _File:
    member: str
    path: Path
    size: int


def backup_create(
    *,
    vault: vaults.Vault,
    dest: Path,
    recipient: str | None = None,
    full: bool = False,
    progress: bool = True,
) -> BackupResult:
    dest = dest.expanduser().absolute()
    data_key = keyring.require_data_key()
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise write_error(exc, dest) from exc
    with _dest_lock(dest):
        _remove_partials(dest)
        created = timezone.now()
        backup_id = uuid.uuid4().hex
        name = _new_name(dest, created, backup_id)
        work = dest / f".{name}.partial.d"
        part = dest / f".{name}.partial"
        try:
            work.mkdir(mode=0o700)
            # The snapshot first, then the evidence listing: every blob the snapshot
            # refers to was written before its row committed, so it is in the listing.
            snap = snapshot.take(vault.db_path, work, data_key)
            others, blobs = _list_evidence(vault.evidence_path)
            _check_referenced_blobs({b.path.name for b in blobs}, vault)
            bases, base_files = (
                ({}, {}) if (full or recipient) else find_bases(dest, vault.vault_id, data_key)
            )
            new_blobs = [b for b in blobs if not _in_base(b, bases)]
            # Only blobs the vault still has: a restore must not bring back anything else.
            bases = {b.path.name: bases[b.path.name] for b in blobs if _in_base(b, bases)}
            header = mf.Header(
                backup_id=backup_id,
                vault_id=vault.vault_id,
                created=created.isoformat(),
                kind="incremental" if len(new_blobs) < len(blobs) else "full",
                backend=snap.backend,
                encryption="recipient" if recipient else "vault-key",
                blobs=sorted(b.path.name for b in new_blobs),
            )
            files = [_File(m, p, p.stat().st_size) for m, p in snap.members] + others + new_blobs
            book = _Book(header, data_key, snap.counts, files, bases, base_files, vault.key_path)
            total = sum(f.size for f in files)
            with (
                tqdm(
                    total=total,
                    unit="B",
                    unit_scale=True,
                    file=sys.stderr,
                    disable=None if progress else True,
                    desc="backup",
                ) as bar,
                open(part, "x+b") as fh,
            ):
                container.write_stream(book.parts(), fh, recipient, bar.update)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, dest / name)
            keyfile.fsync_dir(dest)
        except OSError as exc:
            raise write_error(exc, dest) from exc
        except Exception as exc:
            if is_disk_full(exc):
                raise write_error(OSError(errno.ENOSPC, "No space left on device"), dest) from exc
            raise
        finally:
            with suppress(OSError):
                part.unlink()
            shutil.rmtree(work, ignore_errors=True)
    result = BackupResult(
        path=dest / name,
        kind=header.kind,
        size=(dest / name).stat().st_size,
        blobs_total=len(blobs),
        blobs_written=len(new_blobs),
        counts=snap.counts,
    )
    _record(result, backup_id, header.encryption)
    return result


def _record(result: BackupResult, backup_id: str, encryption: str) -> None:
    from casevault.accounts.actions import system_actor
    from casevault.audit import log as audit

    def write() -> None:
        with transaction.atomic():
            audit.record(
                actor=system_actor(),
                verb="vault.backup",
                details={
                    "file": result.path.name,
                    "folder": str(result.path.parent),
                    "backup_id": backup_id,
                    "kind": result.kind,
                    "encryption": encryption,
                    "size": result.size,
                    "blobs": result.blobs_total,
                    "blobs_written": result.blobs_written,
                },
            )

    # The backup is already complete on disk; its audit entry must not lose to busy writers.
    try:
        write_patiently(write)
    except OperationalError as exc:
        if not is_lock_error(exc):
            raise
        raise BackupError(
            f"the backup {result.path} is complete, but other writers kept the vault busy "
            f"too long to note it in the audit log: keep the file, and run the backup again "
            f"when the vault is quieter so the admin page shows it"
        ) from exc


class _Book:
    """Produces the tar stream and, as it goes, the manifest of what it produced."""

    def __init__(
        self,
        header: mf.Header,
        data_key: bytes,
        counts: dict[str, int],
        files: list[_File],
        bases: dict[str, mf.BlobRef],
        base_files: dict[str, dict[str, str]],
        key_path: Path,
    ) -> None:
        self.header, self.data_key, self.files = header, data_key, files
        self.mtime = int(timezone.now().timestamp())
        header_bytes = header.to_bytes()
        self.header_bytes = header_bytes
        self.key_bytes = key_path.read_bytes()
        blobs = {n: r for n, r in bases.items()}
        used_bases = {r.backup_id for r in blobs.values()}
        self.manifest = mf.Manifest(
            backup_id=header.backup_id,
            vault_id=header.vault_id,
            header_sha256=hashlib.sha256(header_bytes).hexdigest(),
            members={},
            blobs=blobs,
            bases={k: v for k, v in base_files.items() if k in used_bases},
            counts=counts,
        )

    def _bytes_member(self, name: str, data: bytes) -> Iterator[container.Part]:
        self.manifest.members[name] = [hashlib.sha256(data).hexdigest(), len(data)]
        yield container.member_header(name, len(data), self.mtime)
        yield data
        yield container.padding(len(data))

    def _file_member(self, f: _File) -> Iterator[container.Part]:
        yield container.member_header(f.member, f.size, self.mtime)
        span = container.FileSpan(f.path, f.size)
        yield span
        # The writer has now put the bytes into the backup and hashed them there.
        self.manifest.members[f.member] = [span.sha256, f.size]
        if f.member.startswith(mf.BLOBS):
            self.manifest.blobs[f.path.name] = mf.BlobRef(
                span.sha256, f.size, self.header.backup_id
            )
        yield container.padding(f.size)

    def parts(self) -> Iterator[container.Part]:
        yield from self._bytes_member(mf.HEADER, self.header_bytes)
        yield from self._bytes_member(mf.KEYFILE, self.key_bytes)
        for f in self.files:
            yield from self._file_member(f)
        sealed = mf.seal(self.manifest, self.data_key)
        yield container.member_header(mf.MANIFEST, len(sealed), self.mtime)
        yield sealed
        yield container.padding(len(sealed))
        yield container.END_OF_ARCHIVE


def _list_evidence(root: Path) -> tuple[list[_File], list[_File]]:
    """Every file under evidence/ except ``incoming/`` (ciphertext being written)."""
    others: list[_File] = []
    blobs: list[_File] = []
    if not root.is_dir():
        return others, blobs
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        if rel_dir == Path("."):
            dirnames[:] = [d for d in dirnames if d != "incoming"]
        dirnames.sort()
        for fname in sorted(filenames):
            path = Path(dirpath) / fname
            rel = (rel_dir / fname).as_posix()
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                continue
            entry = _File(mf.EVIDENCE + rel, path, size)
            if rel.startswith("blobs/"):
                entry.member = mf.blob_member(fname)
                blobs.append(entry)
            else:
                others.append(entry)
    return others, blobs


def _check_referenced_blobs(present: set[str], vault: vaults.Vault) -> None:
    """A blob the database refers to but the disk lacks is a loss to report, not to copy."""
    from django.apps import apps

    try:
        model = apps.get_model("evidence", "EvidenceItem")
    except LookupError:
        return
    try:
        names = set(model._base_manager.values_list("blob_name", flat=True))
    except Exception:  # noqa: BLE001 - an evidence schema not migrated yet has no rows
        return
    missing = sorted(n for n in names if n and n not in present)
    if missing:
        raise BackupError(
            f"evidence blob {missing[0]} (and {len(missing) - 1} more) is referenced by the "
            f"database but missing from {vault.evidence_path}: no backup was written; restore "
            "it from an earlier backup, then retry"
        )


def _in_base(blob: _File, bases: dict[str, mf.BlobRef]) -> bool:
    ref = bases.get(blob.path.name)
    return ref is not None and ref.size == blob.size


def _new_name(dest: Path, created: datetime, backup_id: str) -> str:
    """A name that sorts after every backup already in ``dest`` (we hold its lock).

    Names are stamped to the second, and a virtual machine's clock can step back; yet
    people (and tests) take the last name in the folder as the newest backup, and an
    incremental backup must never sort before the file it builds on.
    """
    stamp = created.astimezone(UTC).replace(microsecond=0)
    for path in dest.iterdir():
        if mf.FILE_PATTERN.fullmatch(path.name):
            earlier = datetime.strptime(path.name[_STAMP], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            stamp = max(stamp, earlier + timedelta(seconds=1))
    return f"casevault-backup-{stamp:%Y%m%dT%H%M%SZ}-{backup_id[:8]}{mf.SUFFIX}"


@contextmanager
def _dest_lock(dest: Path) -> Iterator[None]:
    try:
        fh = open(dest / LOCK_NAME, "a")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise write_error(exc, dest) from exc
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BackupError(
                f"another backup into {dest} is running: wait for it to finish and retry"
            ) from exc
        yield
    finally:
        fh.close()


def _remove_partials(dest: Path) -> None:
    """Left by a killed backup; safe to remove because we hold the folder's lock."""
    for path in dest.glob(".casevault-backup-*.partial*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with suppress(OSError):
                path.unlink()


def is_disk_full(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in _DISK_FULL:
            return True
        # SQLite says "database or disk is full"; pyrage wraps the OS error in its own.
        if any(m in str(seen) for m in ("No space left", "Disk quota", "disk is full")):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def write_error(exc: OSError, dest: Path, what: str = "no backup was written") -> BackupError:
    if exc.errno in _DISK_FULL:
        return BackupError(
            f"disk full while writing into {dest}: {what}; free space (or choose another "
            "folder) and retry"
        )
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return BackupError(
            f"cannot write into {dest} ({exc.strerror}): {what}; choose a folder you can write to"
        )
    return BackupError(f"writing into {dest} failed ({exc.strerror or exc}): {what}")
