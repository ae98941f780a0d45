from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from casevault.accounts.actions import system_actor
from casevault.audit import log as audit
from casevault.store import keyfile, recovery
from casevault.store import vault as vaults
from casevault.store.command import USER_ERRORS, user_error_message
from casevault.store.passphrase import read_new_passphrase


class Command(BaseCommand):
    help = "Open the vault with its recovery code (or enough shares) and set a new passphrase."
    requires_system_checks: list[str] = []  # type: ignore[assignment]

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--code-file", help="file with the 24 words, or with the shares one per line"
        )
        parser.add_argument(
            "--new-passphrase-file",
            help="file with the new passphrase (else CASEVAULT_NEW_PASSPHRASE, else a prompt)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"].expanduser().absolute()
        try:
            text = recovery.read_code(options["code_file"])
            method = (
                "shares" if len([ln for ln in text.splitlines() if ln.strip()]) > 4 else "words"
            )
            secret = recovery.secret_from_text(text)
            kf = keyfile.load(path / vaults.KEY_NAME)
            data_key = recovery.unwrap_with_code(kf, secret)
            vaults.unlock_with_key(path, data_key)
            new = read_new_passphrase(
                passphrase_file=options["new_passphrase_file"], env_var="CASEVAULT_NEW_PASSPHRASE"
            )
            with vaults.exclusive(path):
                vaults.upgrade_schema()
                kf = keyfile.load(path / vaults.KEY_NAME)
                kf.add_slot(kind="passphrase", secret=new, data_key=data_key)
                keyfile.save(path / vaults.KEY_NAME, kf)
                with transaction.atomic():
                    audit.record(
                        actor=system_actor(), verb="vault.recover", details={"with": method}
                    )
        except USER_ERRORS + (keyfile.KeyFileError,) as exc:
            raise CommandError(user_error_message(exc)) from exc
        self.stdout.write(
            "Recovered: the new passphrase now opens the vault; the old one no longer does.\n"
            "The recovery code still works; make a new one with 'casevault recovery-key "
            f"{path} --replace' if it may have been seen."
        )
