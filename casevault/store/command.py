"""Base class for commands that open a vault: passphrase, unlock, lock, clear errors."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError

from casevault.store import vault as vaults
from casevault.store.passphrase import PassphraseError, read_passphrase
from casevault.store.patience import is_lock_error

# Errors whose message is written for the user; anything else is a bug and keeps its traceback.
USER_ERRORS: tuple[type[Exception], ...] = (
    vaults.VaultError,
    PassphraseError,
    ValueError,
    PermissionDenied,
    ValidationError,
    FileNotFoundError,
)


def user_error_message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    if is_lock_error(exc):
        return "the vault is locked by another writer: wait for it to finish and retry; nothing was changed"
    return str(exc)


class VaultCommand(BaseCommand):
    requires_system_checks: list[str] = []  # type: ignore[assignment]
    # Hold the vault exclusively (no server or other command may have it open).
    exclusive = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path, help="the vault folder")
        parser.add_argument(
            "--passphrase-file",
            help="read the passphrase from this file (else a prompt or CASEVAULT_PASSPHRASE)",
        )
        self.add_command_arguments(parser)

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        pass

    def handle(self, *args: Any, **options: Any) -> str | None:
        try:
            passphrase = read_passphrase(
                passphrase_file=options["passphrase_file"],
                prompt=f"Passphrase for {options['path']}: ",
            )
            vault = vaults.unlock(options["path"], passphrase)
            lock = vaults.exclusive if self.exclusive else vaults.shared
            with lock(vault.path):
                vaults.upgrade_schema()
                return self.handle_vault(vault, **options)
        except USER_ERRORS as exc:
            raise CommandError(user_error_message(exc)) from exc
        except OperationalError as exc:
            raise CommandError(user_error_message(exc)) from exc

    def handle_vault(self, vault: vaults.Vault, **options: Any) -> str | None:
        raise NotImplementedError
