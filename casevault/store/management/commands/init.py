from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casevault.store.command import USER_ERRORS, user_error_message
from casevault.store.passphrase import read_new_passphrase
from casevault.store.setup import vault_init


class Command(BaseCommand):
    help = "Create a new encrypted vault in PATH (a new or empty folder)."
    requires_system_checks: list[str] = []  # type: ignore[assignment]

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--passphrase-file", help="read the new passphrase from this file")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            passphrase = read_new_passphrase(
                passphrase_file=options["passphrase_file"], env_var="CASEVAULT_PASSPHRASE"
            )
            vault, terms = vault_init(options["path"], passphrase)
        except USER_ERRORS as exc:
            raise CommandError(user_error_message(exc)) from exc
        self.stdout.write(
            f"Created vault {vault.path} ({terms} vocabulary terms loaded).\n"
            "Keep the passphrase safe: without it (or a recovery key) nothing can be read.\n"
            f"Next: casevault user add {vault.path} NAME --role admin"
        )
