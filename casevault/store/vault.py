"""A vault on disk: ``vault.db`` (SQLCipher), ``vault.key`` (wrapped key), ``evidence/``.

In server mode (``DATABASE_URL`` set) the records live in PostgreSQL, and the folder
keeps only the key file and the evidence store.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connections

from casevault.lib import crypto
from casevault.store import keyfile, keyring
from casevault.store.backend.base import WrongKeyError
from casevault.store.patience import write_patiently

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
LOCK_NAME = "vault.lock"
EVIDENCE_DIR = "evidence"


class VaultError(Exception):
    """An error a user can cause or fix; its message is one line that says what to do."""


@dataclass(frozen=True)
class Vault:
    path: Path
    vault_id: str

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.path / KEY_NAME

    @property
    def evidence_path(self) -> Path:
        return self.path / EVIDENCE_DIR


def server_mode() -> bool:
    return settings.DATABASES["default"]["ENGINE"] != "casevault.store.backend"


def create(path: Path, passphrase: str) -> Vault:
    """Create the folder, the key file and an empty encrypted database."""
    path = path.expanduser().absolute()
    if (path / KEY_NAME).exists() or (path / DB_NAME).exists():
        raise VaultError(f"{path} already holds a vault: choose another folder")
    if path.exists() and any(path.iterdir()):
        raise VaultError(f"{path} exists and is not empty: choose a new or empty folder")
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    (path / EVIDENCE_DIR).mkdir(mode=0o700, exist_ok=True)
    data_key = crypto.random_key()
    kf = keyfile.KeyFile.new()
    kf.add_slot(kind="passphrase", secret=passphrase, data_key=data_key)
    keyfile.save(path / KEY_NAME, kf)
    vault = Vault(path=path, vault_id=kf.vault_id)
    _activate(vault, data_key)
    return vault


def discard_new(vault: Vault) -> None:
    """Remove a vault whose creation failed part-way, so no half-made vault is left."""
    connections["default"].close()
    keyring.set_data_key(None)
    for name in (KEY_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", LOCK_NAME):
        (vault.path / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (vault.path / EVIDENCE_DIR).rmdir()
        vault.path.rmdir()


def unlock(path: Path, passphrase: str) -> Vault:
    """Check the passphrase, then make the vault the process's database. Writes nothing."""
    path = path.expanduser().absolute()
    if not path.is_dir():
        raise VaultError(f"{path} is not a vault folder: check the path or run 'casevault init'")
    if not (path / KEY_NAME).exists():
        if (path / DB_NAME).exists() or (path / EVIDENCE_DIR).is_dir():
            raise VaultError(
                f"key file {path / KEY_NAME} is missing: restore it from a backup "
                "(without it the vault cannot be opened)"
            )
        raise VaultError(f"{path} is not a CaseVault vault (no {KEY_NAME}): check the path")
    try:
        kf = keyfile.load(path / KEY_NAME)
        data_key = kf.unwrap(passphrase)
    except keyfile.KeyFileError as exc:
        raise VaultError(str(exc)) from exc
    except keyfile.WrongPassphraseError as exc:
        raise VaultError(f"wrong passphrase for {path}: nothing was changed") from exc
    return _open_with_key(path, kf.vault_id, data_key)


def unlock_with_key(path: Path, data_key: bytes) -> Vault:
    """For recovery and restore paths that already hold the data key."""
    path = path.expanduser().absolute()
    kf = keyfile.load(path / KEY_NAME)
    return _open_with_key(path, kf.vault_id, data_key)


def _open_with_key(path: Path, vault_id: str, data_key: bytes) -> Vault:
    vault = Vault(path=path, vault_id=vault_id)
    if not server_mode() and not vault.db_path.exists():
        raise VaultError(f"database {vault.db_path} is missing: restore it from a backup")
    _activate(vault, data_key)
    if not server_mode():
        try:
            connections["default"].ensure_connection()
        except DatabaseError as exc:
            # Django re-raises the driver's error as its own; the cause tells which.
            keyring.set_data_key(None)
            if isinstance(exc, WrongKeyError) or isinstance(exc.__cause__, WrongKeyError):
                raise VaultError(
                    f"{vault.db_path} is corrupt or does not belong to this key file: "
                    "restore it from a backup"
                ) from exc
            raise VaultError(f"cannot open {vault.db_path} ({exc}): check the disk") from exc
    return vault


def _activate(vault: Vault, data_key: bytes) -> None:
    keyring.set_data_key(data_key)
    # The Django secret (sessions, CSRF, signing) comes from the data key: no secret file.
    settings.SECRET_KEY = crypto.derive_subkey(data_key, "django-secret-key").hex()
    settings.CASEVAULT_VAULT_PATH = str(vault.path)
    if not server_mode():
        conn = connections["default"]
        conn.close()
        conn.settings_dict["NAME"] = str(vault.db_path)


def check_schema() -> bool:
    """Refuse a vault whose schema is newer than this code; it would be damaged otherwise.

    Returns whether the vault's schema is current (no migration left to apply), so that a
    command only runs ``migrate``, a write, when there is something to migrate.
    """
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connections["default"])
        loader = executor.loader
    except DatabaseError as exc:
        raise VaultError(
            f"the vault's database cannot be read ({exc}): restore it from a backup"
        ) from exc
    unknown = sorted(
        f"{app}.{name}"
        for app, name in loader.applied_migrations
        if (app, name) not in loader.disk_migrations and app in loader.migrated_apps
    )
    if unknown:
        raise VaultError(
            f"this vault was written by a newer CaseVault (unknown schema steps: "
            f"{', '.join(unknown[:3])}): upgrade CaseVault to open it; nothing was changed"
        )
    return not executor.migration_plan(loader.graph.leaf_nodes())


def upgrade_schema() -> None:
    """Refuse a newer schema; apply this code's missing schema steps, if there are any.

    Opening a current vault writes nothing; an upgrade waits out busy writers.
    """
    if not check_schema():
        write_patiently(lambda: call_command("migrate", verbosity=0, interactive=False))


@contextmanager
def exclusive(vault_path: Path) -> Iterator[None]:
    """Hold the vault's lock file exclusively (restore, import, rekey)."""
    with _lock(vault_path, fcntl.LOCK_EX):
        yield


@contextmanager
def shared(vault_path: Path) -> Iterator[None]:
    with _lock(vault_path, fcntl.LOCK_SH):
        yield


@contextmanager
def _lock(vault_path: Path, mode: int) -> Iterator[None]:
    lock_file: IO[str] = open(vault_path / LOCK_NAME, "a")  # noqa: SIM115 - held for the block
    try:
        try:
            fcntl.flock(lock_file.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise VaultError(
                f"{vault_path} is in use by another CaseVault process (a server or another "
                "command): stop it and retry; nothing was changed"
            ) from exc
        yield
    finally:
        lock_file.close()


def fsync_dir(path: Path) -> None:
    keyfile.fsync_dir(path)


def secure_umask() -> None:
    os.umask(0o077)
