"""Helpers for the backup, recovery, crash and fault tests (not used by the app)."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.store.backup import manifest as mf
from casevault.testing import Cli

CANARIES = [f"canary-{i}-Zhanna-Semyonova-{uuid.uuid4().hex[:8]}" for i in range(5)]


def populate(cli: Cli, *, evidence: int = 3) -> None:
    """A demo vault (every record type), a few canary records and evidence files."""
    cli.ok("demo", cli.vault)
    code = "from casevault.accounts.actions import system_actor\n"
    code += "from casevault.testing import person, event\n"
    for canary in CANARIES:
        code += f"person(system_actor(), {canary!r})\nevent(system_actor(), {canary!r})\n"
    cli.python_ok(code)
    files = []
    for i in range(evidence):
        path = cli.tmp / f"exhibit-{i}.bin"
        path.write_bytes(os.urandom(200_000 + i) + CANARIES[i % len(CANARIES)].encode())
        files.append(path)
    if files:
        cli.ok("evidence", "add", cli.vault, *files)


def backups(dest: Path) -> list[Path]:
    return sorted(p for p in dest.iterdir() if mf.FILE_PATTERN.fullmatch(p.name))


def make_backup(cli: Cli, dest: Path, *options: str) -> Path:
    """Run ``casevault backup`` and return the file it says it wrote.

    Tests that take two backups use this rather than the order of names in the folder,
    so which one is "the earlier" never rests on the clock.
    """
    out = cli.ok("backup", cli.vault, dest, *options)
    found = re.search(r"Backup written: (.+?) \(", out)
    if found is None:
        pytest.fail(f"casevault backup did not say which file it wrote:\n{out}")
    return Path(found[1])


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root (but ``incoming/``) by relative path -> SHA-256."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "/incoming/" not in f"/{rel}":
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _pg_admin_url() -> str | None:
    url = os.environ.get("DATABASE_URL")
    return f"{url.rsplit('/', 1)[0]}/postgres" if url else None


@pytest.fixture
def new_database() -> Iterator[dict[str, str]]:
    """Environment for a restore: in server mode, a second, empty PostgreSQL database."""
    admin = _pg_admin_url()
    if admin is None:
        yield {}
        return
    import psycopg

    name = f"casevault_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield {"DATABASE_URL": f"{admin.rsplit('/', 1)[0]}/{name}"}
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore_env(cli: Cli, new_db: dict[str, str]) -> dict[str, str]:
    return dict(new_db)


def export(cli: Cli, vault: Path, env: dict[str, str] | None = None) -> str:
    return cli.ok("export", vault, env=env)
