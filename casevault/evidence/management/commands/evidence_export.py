from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from casevault.accounts.actions import system_actor
from casevault.evidence.actions import evidence_export
from casevault.evidence.models import EvidenceItem
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Export an item for a court or a partner: original, stripped copy, custody report."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("item", help="the evidence item's id")
        parser.add_argument("--dest", type=Path, required=True, help="folder to write into")
        parser.add_argument(
            "--reason", required=True, help="why it is exported (kept in the custody log)"
        )
        parser.add_argument(
            "--recipient", help="encrypt the original to this age public key (age1…)"
        )
        parser.add_argument("--no-stripped-copy", action="store_true")

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        item = EvidenceItem.objects.filter(pk=options["item"]).first()
        if item is None:
            raise ValueError(
                f"no evidence item {options['item']}: list them with the web UI or export"
            )
        paths = evidence_export(
            actor=system_actor(),
            item=item,
            dest=options["dest"],
            reason=options["reason"],
            recipient=options["recipient"],
            stripped_copy=not options["no_stripped_copy"],
        )
        for path in paths:
            self.stdout.write(str(path))
