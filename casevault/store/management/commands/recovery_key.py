from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.db import transaction

from casevault.accounts.actions import system_actor
from casevault.audit import log as audit
from casevault.store import keyring, recovery
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = (
        "Create the vault's recovery code (24 words, shown once), which opens the vault if "
        "the passphrase is lost; --split 3of5 shares it between trusted people."
    )
    exclusive = True

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--split", help="split into N shares of which T open it, e.g. 3of5")
        parser.add_argument(
            "--replace", action="store_true", help="replace an existing recovery code"
        )

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        split = recovery.Split.parse(options["split"]) if options["split"] else None
        if recovery.has_recovery_slot(vault.key_path) and not options["replace"]:
            raise recovery.RecoveryError(
                f"{vault.path} already has a recovery code: add --replace to make a new one "
                "(the old one then stops working)"
            )
        secret = recovery.new_secret()
        recovery.add_recovery_slot(vault.key_path, keyring.require_data_key(), secret)
        with transaction.atomic():
            audit.record(
                actor=system_actor(),
                verb="vault.recovery_key_create",
                details={"split": f"{split.threshold}of{split.shares}" if split else "none"},
            )
        if split is None:
            words = recovery.words(secret)
            self.stdout.write("RECOVERY CODE (shown only now; write it on paper, keep it apart):\n")
            for row in range(0, 24, 6):
                self.stdout.write(
                    "  "
                    + "  ".join(
                        f"{i + 1:>2}. {w:<9}" for i, w in enumerate(words) if row <= i < row + 6
                    )
                )
        else:
            self.stdout.write(
                f"RECOVERY SHARES (shown only now): any {split.threshold} of these "
                f"{split.shares} open the vault. Give each to a different trusted person.\n"
            )
            for i, share in enumerate(recovery.shares(secret, split), start=1):
                self.stdout.write(f"Share {i} of {split.shares}:\n  {share}\n")
        self.stdout.write(
            f"To use it: casevault recover {vault.path} (it then asks for a new passphrase)."
        )
