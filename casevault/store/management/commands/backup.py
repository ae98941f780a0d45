from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from casevault.store.backup.container import parse_recipient
from casevault.store.backup.create import backup_create
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = (
        "Write one encrypted backup file of the vault into folder DEST (database snapshot, "
        "key file, evidence). Evidence already in an earlier backup in DEST is not copied again."
    )

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("dest", type=Path, help="folder that collects the backups")
        parser.add_argument(
            "--to-recipient",
            metavar="AGE_PUBLIC_KEY",
            help="encrypt the whole file to this age key (age1…): only its holder can open it",
        )
        parser.add_argument(
            "--full", action="store_true", help="self-contained: copy every evidence blob"
        )

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        recipient = options["to_recipient"]
        result = backup_create(
            vault=vault,
            dest=options["dest"],
            recipient=parse_recipient(recipient) if recipient else None,
            full=options["full"],
        )
        self.stdout.write(
            f"Backup written: {result.path} ({result.kind}, {result.size} bytes, "
            f"{sum(result.counts.values())} rows, {result.blobs_written} of "
            f"{result.blobs_total} evidence blobs copied)."
        )
        if result.kind == "incremental":
            self.stdout.write(
                f"Keep the earlier backups in {result.path.parent}: this one refers to them."
            )
