from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from casevault.accounts.actions import system_actor
from casevault.records.exchange import import_document
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Restore a JSON export into an empty vault. All or nothing."
    exclusive = True

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path} is not UTF-8 text: is it a casevault export?") from exc
        counts = import_document(actor=system_actor(), text=text)
        self.stdout.write(f"Imported {sum(counts.values())} rows from {path}.")
