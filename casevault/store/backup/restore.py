"""``casevault restore``: a backup into a NEW vault folder, checked before it appears.

Everything is written into a hidden staging folder beside the target; only when every
hash, every table's row count and the audit chain check out is it renamed to the target
name. A killed restore leaves no folder that looks like a vault.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.core.management import call_command
from django.db import connection, connections, transaction
from tqdm import tqdm

from casevault.store import keyfile, keyring
from casevault.store import vault as vaults
from casevault.store.backup import manifest as mf
from casevault.store.backup import snapshot
from casevault.store.backup.chain import read_bases
from casevault.store.backup.create import is_disk_full, write_error
from casevault.store.backup.errors import BackupError, BackupTamperedError
from casevault.store.backup.reader import read_backup
from casevault.store.backup.sinks import RestoreSink, check_counts, safe_relative

NOTHING = "nothing was restored"


@dataclass
class RestoreReport:
    path: Path
    rows: int
    tables: int
    blobs: int
    audit_entries: int


def backup_restore(
    path: Path,
    target: Path,
    *,
    unwrap: Callable[[keyfile.KeyFile], bytes],
    identity_file: Path | None = None,
    progress: bool = True,
) -> RestoreReport:
    path = path.expanduser().absolute()
    target = target.expanduser().absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(
            f"{target} already exists: restore creates a new vault folder and never writes "
            "over an existing one; choose a new path"
        )
    if vaults.server_mode():
        _require_empty_database()
    stage = target.parent / f".{target.name}.restoring-{secrets.token_hex(4)}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f".{target.name}.restoring-*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a killed restore
        stage.mkdir(mode=0o700)
    except OSError as exc:
        raise write_error(exc, target, NOTHING) from exc
    try:
        total = path.stat().st_size
        with tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            file=sys.stderr,
            disable=None if progress else True,
            desc="restore",
        ) as bar:
            result = read_backup(
                path,
                sink=RestoreSink(stage),
                unwrap=unwrap,
                identity_file=identity_file,
                progress=bar.update,
            )
            read_bases(path, result, lambda blobs: RestoreSink(stage, blobs), bar.update)
        (stage / vaults.EVIDENCE_DIR).mkdir(mode=0o700, exist_ok=True)
        if (stage / vaults.EVIDENCE_DIR / "store.json").exists():
            for sub in ("blobs", "incoming"):  # empty folders are not in the archive
                (stage / vaults.EVIDENCE_DIR / sub).mkdir(mode=0o700, exist_ok=True)
        blobs = _check_evidence(stage, result.manifest)
        audit_entries = _check_database(stage, result.data_key, result.manifest, path.name)
        _fsync_tree(stage)
        if target.exists():
            target.rmdir()
        os.rename(stage, target)
        keyfile.fsync_dir(target.parent)
    except BaseException as exc:
        connections.close_all()
        keyring.set_data_key(None)
        shutil.rmtree(stage, ignore_errors=True)
        if isinstance(exc, OSError):
            raise write_error(exc, target, NOTHING) from exc
        if isinstance(exc, Exception) and is_disk_full(exc):
            full = OSError(errno.ENOSPC, "No space left on device")
            raise write_error(full, target, NOTHING) from exc
        raise
    return RestoreReport(
        path=target,
        rows=sum(result.manifest.counts.values()),
        tables=len(result.manifest.counts),
        blobs=blobs,
        audit_entries=audit_entries,
    )


def _require_empty_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        if cursor.fetchone()[0]:
            raise BackupError(
                "the database in DATABASE_URL is not empty: restore a server backup into a new, "
                "empty database; nothing was changed"
            )
    connection.close()


def _check_evidence(stage: Path, manifest: mf.Manifest) -> int:
    """Every evidence file the manifest lists was restored, whole.

    Its bytes were hashed on their way to the disk and compared with the manifest by the
    reader (and, for a blob kept in an earlier backup, by ``read_bases``); reading the
    fresh file back would only re-read the page cache.
    """
    expected = {
        name: sha_size
        for name, sha_size in manifest.members.items()
        if name.startswith(mf.EVIDENCE)
    }
    for blob, ref in manifest.blobs.items():
        expected[mf.blob_member(blob)] = [ref.sha256, ref.size]
    for name, (_sha, size) in sorted(expected.items()):
        try:
            found = (stage / safe_relative(name)).stat().st_size
        except FileNotFoundError:
            raise BackupTamperedError(f"evidence file {name} was not restored") from None
        if found != size:
            raise BackupTamperedError(f"restored evidence file {name} does not match the manifest")
    return len(manifest.blobs)


def _check_database(stage: Path, data_key: bytes, manifest: mf.Manifest, where: str) -> int:
    from casevault.accounts.actions import system_actor
    from casevault.audit import chain
    from casevault.audit import log as audit

    vaults.unlock_with_key(stage, data_key)
    if vaults.server_mode():
        with connection.cursor() as cursor:
            found = snapshot.pg_counts(cursor)
    else:
        with snapshot.open_sqlcipher(stage / vaults.DB_NAME, data_key) as conn:
            found = snapshot.sqlcipher_counts(conn)
    check_counts(found, manifest.counts)
    vaults.check_schema()
    result = chain.verify()
    if not result.ok:
        raise BackupTamperedError(f"the restored audit chain does not verify: {result.problem}")
    call_command("migrate", verbosity=0, interactive=False)
    with transaction.atomic():
        audit.record(
            actor=system_actor(),
            verb="vault.restore",
            details={"file": where, "backup_id": manifest.backup_id},
        )
    connections.close_all()
    return result.checked


def _fsync_tree(root: Path) -> None:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        keyfile.fsync_dir(Path(dirpath))
