from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.db import transaction

from casevault.accounts.actions import system_actor
from casevault.records.demo import (
    DEMO_CASE_REFERENCE,
    DEMO_ROLES,
    demo_populate,
    demo_present,
    demo_username,
    demo_users_create,
)
from casevault.store import vault as vaults
from casevault.store.command import USER_ERRORS, VaultCommand, user_error_message
from casevault.store.passphrase import read_new_passphrase
from casevault.store.setup import vault_init


def demo_passwords() -> dict[str, str]:
    shared = os.environ.get("CASEVAULT_DEMO_PASSWORD")
    return {role: shared or secrets.token_urlsafe(12) for role in DEMO_ROLES}


class Command(VaultCommand):
    help = "Create a vault in PATH holding a fictional sample case and one demo user per role."

    def handle(self, *args: Any, **options: Any) -> str | None:
        path: Path = options["path"].expanduser().absolute()
        if (path / vaults.KEY_NAME).exists() or (path / vaults.DB_NAME).exists():
            return super().handle(*args, **options)  # unlock it, then handle_vault
        try:
            passphrase = read_new_passphrase(
                passphrase_file=options["passphrase_file"], env_var="CASEVAULT_PASSPHRASE"
            )
            vault, _ = vault_init(path, passphrase)
            passwords = demo_passwords()
            try:
                with transaction.atomic():
                    demo_users_create(actor=system_actor(), passwords=passwords)
                    counts = demo_populate(actor=system_actor())
            except BaseException:
                vaults.discard_new(vault)
                raise
        except USER_ERRORS as exc:
            raise CommandError(user_error_message(exc)) from exc
        self.stdout.write(
            f"Created demo vault {vault.path}: {sum(counts.values())} fictional records."
        )
        self.stdout.write("Demo users (passwords are shown only now):")
        for role in DEMO_ROLES:
            self.stdout.write(f"  {demo_username(role):<18} {passwords[role]}")
        self.stdout.write(f"Next: casevault serve {vault.path}")
        return None

    def handle_vault(self, vault: vaults.Vault, **options: Any) -> None:
        if not demo_present():
            raise vaults.VaultError(
                f"{vault.path} holds a vault without the demo case: the demo goes only into a "
                "new folder, so fictional records never mix with real ones; choose another"
            )
        self.stdout.write(
            f"{vault.path} already holds the demo case {DEMO_CASE_REFERENCE}: nothing was done.\n"
            "Its users' passwords were printed when it was created; to start afresh, delete "
            f"the folder. Next: casevault serve {vault.path}"
        )
