"""A consistent copy of the database while a server may keep writing.

SQLCipher: SQLite's online backup API in one step, from a read transaction, into a new
file keyed with the same data key (so the copy is ciphertext too). PostgreSQL: pg_dump
inside an exported REPEATABLE READ snapshot, so the row counts we record and the dump see
the same instant; the dump is age-encrypted as it streams out of pg_dump (no plaintext
file), to a fresh identity sealed by a key derived from the data key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
import sqlcipher3.dbapi2 as sqlcipher
from django.conf import settings
from pyrage import x25519

from casevault.lib import crypto
from casevault.store import keyring
from casevault.store.backup import manifest as mf
from casevault.store.backup.errors import BackupError

DUMP_IDENTITY_AAD = b"casevault-backup/dump-identity/v1"


@dataclass
class Snapshot:
    backend: str
    members: list[tuple[str, Path]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


@contextmanager
def open_sqlcipher(path: Path, data_key: bytes) -> Iterator[Any]:
    conn = sqlcipher.connect(str(path), timeout=keyring.busy_timeout_ms() / 1000)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        yield conn
    finally:
        conn.close()


def sqlcipher_counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}  # noqa: S608


def take(vault_db: Path, work: Path, data_key: bytes) -> Snapshot:
    if settings.DATABASES["default"]["ENGINE"] == "casevault.store.backend":
        return _sqlcipher(vault_db, work, data_key)
    return _postgres(work, data_key)


def _sqlcipher(vault_db: Path, work: Path, data_key: bytes) -> Snapshot:
    target = work / "vault.db"
    with open_sqlcipher(vault_db, data_key) as src, open_sqlcipher(target, data_key) as dst:
        # One step (pages=-1): the copy is one read transaction, a consistent instant;
        # WAL writers are not blocked meanwhile.
        src.backup(dst, pages=-1)
        counts = sqlcipher_counts(dst)
    return Snapshot("sqlcipher", [(mf.DB_SQLCIPHER, target)], counts)


def pg_tool(name: str) -> str:
    """The PostgreSQL client tool, found on PATH (Debian: /usr/bin via postgresql-client)."""
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} is not installed: install the PostgreSQL client tools of the server's "
            "major version (Debian: apt-get install postgresql-client) and retry"
        )
    return found


def pg_env() -> dict[str, str]:
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    env.update(
        PGHOST=str(db.get("HOST") or ""),
        PGPORT=str(db.get("PORT") or ""),
        PGUSER=str(db.get("USER") or ""),
        PGDATABASE=str(db["NAME"]),
    )
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return {k: v for k, v in env.items() if v != "" or not k.startswith("PG")}


def pg_counts(cursor: Any) -> dict[str, int]:
    cursor.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name"
    )
    names = [row[0] for row in cursor.fetchall()]
    counts = {}
    for name in names:
        cursor.execute(f'SELECT count(*) FROM "{name}"')  # noqa: S608 - catalog names
        counts[name] = cursor.fetchone()[0]
    return counts


def dump_identity_key(data_key: bytes) -> bytes:
    return crypto.derive_subkey(data_key, "backup-dump-identity")


def _postgres(work: Path, data_key: bytes) -> Snapshot:
    from django.db import connections

    identity = x25519.Identity.generate()
    sealed = work / "postgres.identity.sealed"
    sealed.write_bytes(
        crypto.seal(dump_identity_key(data_key), str(identity).encode(), DUMP_IDENTITY_AAD)
    )
    dump = work / "postgres.dump.age"
    conn = connections.create_connection("default")
    conn.ensure_connection()
    raw = conn.connection
    try:
        raw.autocommit = False
        with raw.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            counts = pg_counts(cursor)
            _pg_dump_encrypted(snapshot_id, dump, identity.to_public())
        raw.rollback()
    finally:
        conn.close()
    return Snapshot("postgresql", [(mf.DB_PG_IDENTITY, sealed), (mf.DB_PG_DUMP, dump)], counts)


def _pg_dump_encrypted(snapshot_id: str, dump: Path, recipient: Any) -> None:
    proc = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
        [
            pg_tool("pg_dump"),
            "--format=custom",
            f"--snapshot={snapshot_id}",
            "--no-owner",
            "--no-privileges",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=pg_env(),
    )
    stdout, stderr = proc.stdout, proc.stderr
    if stdout is None or stderr is None:
        raise RuntimeError("pg_dump started without pipes")
    try:
        with open(dump, "wb") as fh:
            pyrage.encrypt_io(stdout, fh, [recipient])
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        err = stderr.read().decode(errors="replace").strip()
        code = proc.wait()
    if code != 0:
        last = err.splitlines()[-1] if err else f"exit status {code}"
        raise BackupError(f"pg_dump failed ({last}): no backup was written")
