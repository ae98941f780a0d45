from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casevault.store import keyfile
from casevault.store import vault as vaults
from casevault.store.command import USER_ERRORS, user_error_message
from casevault.store.passphrase import read_new_passphrase, read_passphrase
from casevault.store.setup import vault_passphrase_changed


class Command(BaseCommand):
    help = "Change the vault's passphrase. Only the key file changes; no data is re-encrypted."
    requires_system_checks: list[str] = []  # type: ignore[assignment]

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--passphrase-file", help="file with the current passphrase")
        parser.add_argument(
            "--new-passphrase-file",
            help="file with the new passphrase (else CASEVAULT_NEW_PASSPHRASE, else a prompt)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"].expanduser().absolute()
        try:
            current = read_passphrase(
                passphrase_file=options["passphrase_file"], prompt="Current passphrase: "
            )
            vaults.unlock(path, current)
            new = read_new_passphrase(
                passphrase_file=options["new_passphrase_file"], env_var="CASEVAULT_NEW_PASSPHRASE"
            )
            with vaults.exclusive(path):
                kf = keyfile.load(path / vaults.KEY_NAME)
                data_key = kf.unwrap(current)
                kf.add_slot(kind="passphrase", secret=new, data_key=data_key)
                keyfile.save(path / vaults.KEY_NAME, kf)
                vault_passphrase_changed()
        except USER_ERRORS + (keyfile.KeyFileError, keyfile.WrongPassphraseError) as exc:
            raise CommandError(user_error_message(exc)) from exc
        self.stdout.write("Passphrase changed. The old passphrase no longer opens this vault.")
