from __future__ import annotations

import sys
from argparse import ArgumentParser
from typing import Any

from casevault.accounts.actions import system_actor
from casevault.records.exchange import export_document, write_json
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Write every record as JSON to standard output (plaintext: keep the file safe)."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--format", choices=["json"], default="json")

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        write_json(export_document(actor=system_actor()), sys.stdout)
