"""What ``verify`` and ``restore`` do with each member once the reader hands it over."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pyrage
from pyrage import x25519

from casevault.evidence.blobstore import ChunkReader
from casevault.lib import crypto
from casevault.store import keyfile
from casevault.store.backup import manifest as mf
from casevault.store.backup import snapshot
from casevault.store.backup.errors import BackupError, BackupTamperedError


def safe_relative(name: str) -> Path:
    """A member name as a path inside the new folder; never outside it."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or any(p in {"..", "."} for p in parts):
        raise BackupTamperedError(f"member name {name!r} points outside the vault folder")
    return Path(*parts)


def _write(path: Path, chunks: Iterator[bytes]) -> None:
    # No fsync per file: a restore syncs its whole staging folder once, before the rename
    # that makes it a vault, so the disk writes the files back in one sweep.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(path, "xb") as fh:
        for chunk in chunks:
            fh.write(chunk)


def _dump_identity(sealed: bytes | None, data_key: bytes) -> Any:
    if sealed is None:
        raise BackupTamperedError("the database dump comes without its sealed identity")
    try:
        text = crypto.unseal(
            snapshot.dump_identity_key(data_key), sealed, snapshot.DUMP_IDENTITY_AAD
        )
    except crypto.DecryptionError as exc:
        raise BackupTamperedError(
            "the database dump's identity does not unseal: altered, or another vault's backup"
        ) from exc
    return x25519.Identity.from_str(text.decode())


def pipe_dump(chunks: Iterator[bytes], identity: Any, argv: list[str], env: dict[str, str]) -> str:
    """Decrypt the dump straight into a pg_restore process: no plaintext file."""
    argv = [snapshot.pg_tool(argv[0]), *argv[1:]]
    proc = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
        argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    if proc.stdin is None or proc.stderr is None:
        raise RuntimeError(f"{argv[0]} started without pipes")
    reader = ChunkReader(chunks)
    error: BaseException | None = None
    try:
        pyrage.decrypt_io(reader, proc.stdin, [identity])
    except BrokenPipeError:
        pass
    except Exception as exc:
        error = reader.error or exc
    finally:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        err = proc.stderr.read().decode(errors="replace").strip()
        code = proc.wait()
    if isinstance(error, BackupError):
        raise error
    if error is not None:
        raise BackupTamperedError(
            f"the database dump is damaged: age authentication failed ({error})"
        ) from error
    if code != 0:
        last = err.splitlines()[-1] if err else f"exit status {code}"
        raise BackupError(f"{argv[0]} could not read the database dump ({last})")
    return err


class VerifySink:
    """Checks that the database snapshot opens with the key; keeps only ciphertext on disk."""

    def __init__(self, work: Path | None) -> None:
        # work is None for a base of an incremental backup: only its blobs matter.
        self.work = work
        self.db_path: Path | None = None
        self.identity_sealed: bytes | None = None
        self.dump_checked = False

    def key_file(self, data: bytes) -> keyfile.KeyFile:
        if self.work is None:
            raise AssertionError("a base backup's key file is never read")
        (self.work / "vault.key").write_bytes(data)
        try:
            return keyfile.load(self.work / "vault.key")
        except keyfile.KeyFileError as exc:
            raise BackupTamperedError(f"the key file in the backup is damaged ({exc})") from exc

    def wants_blob(self, name: str) -> bool:
        return False

    def member(self, name: str, chunks: Iterator[bytes], data_key: bytes) -> None:
        if self.work is None:
            return
        if name == mf.DB_SQLCIPHER:
            self.db_path = self.work / "vault.db"
            _write(self.db_path, chunks)  # SQLCipher pages: ciphertext
        elif name == mf.DB_PG_IDENTITY:
            self.identity_sealed = b"".join(chunks)
        elif name == mf.DB_PG_DUMP:
            identity = _dump_identity(self.identity_sealed, data_key)
            pipe_dump(chunks, identity, ["pg_restore", "--list"], dict(os.environ))
            self.dump_checked = True

    def check_database(self, data_key: bytes, counts: dict[str, int]) -> None:
        if self.db_path is None:
            if not self.dump_checked:
                raise BackupTamperedError("the backup holds no database snapshot")
            return
        try:
            with snapshot.open_sqlcipher(self.db_path, data_key) as conn:
                problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
                found = snapshot.sqlcipher_counts(conn)
        except Exception as exc:
            raise BackupTamperedError(
                f"the database snapshot does not open with the vault's key ({exc})"
            ) from exc
        if problems or ok != "ok":
            raise BackupTamperedError(f"the database snapshot is damaged ({problems or ok})")
        check_counts(found, counts)


def check_counts(found: dict[str, int], expected: dict[str, int]) -> None:
    for table, n in sorted(expected.items()):
        if found.get(table) != n:
            raise BackupTamperedError(
                f"table {table} holds {found.get(table)} rows, the manifest says {n}"
            )


class RestoreSink:
    """Writes members into the staging folder (and the dump into PostgreSQL)."""

    def __init__(self, stage: Path, wanted_blobs: set[str] | None = None) -> None:
        self.stage = stage
        self.wanted = wanted_blobs
        self.identity_sealed: bytes | None = None

    def key_file(self, data: bytes) -> keyfile.KeyFile:
        path = self.stage / "vault.key"
        _write(path, iter([data]))
        try:
            return keyfile.load(path)
        except keyfile.KeyFileError as exc:
            raise BackupTamperedError(f"the key file in the backup is damaged ({exc})") from exc

    def wants_blob(self, name: str) -> bool:
        return self.wanted is None or PurePosixPath(name).name in self.wanted

    def member(self, name: str, chunks: Iterator[bytes], data_key: bytes) -> None:
        if self.wanted is not None:
            # A base of an incremental backup: only the blobs it was asked for.
            if name.startswith(mf.BLOBS) and self.wants_blob(name):
                _write(self.stage / safe_relative(name), chunks)
            return
        if name == mf.DB_SQLCIPHER:
            _write(self.stage / "vault.db", chunks)
        elif name == mf.DB_PG_IDENTITY:
            self.identity_sealed = b"".join(chunks)
        elif name == mf.DB_PG_DUMP:
            identity = _dump_identity(self.identity_sealed, data_key)
            argv = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
            env = snapshot.pg_env()
            pipe_dump(chunks, identity, [*argv, "-d", env["PGDATABASE"]], env)
        elif name.startswith(mf.EVIDENCE):
            _write(self.stage / safe_relative(name), chunks)
        else:
            raise BackupTamperedError(f"unknown member {name} in the backup")
