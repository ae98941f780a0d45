from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from casevault.audit.chain import verify
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Check the whole audit chain: every entry, every link, and the head."

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        result = verify()
        if not result.ok:
            raise CommandError(
                f"audit chain BROKEN after {result.checked} good entries: {result.problem}"
            )
        self.stdout.write(f"OK: {result.checked} entries verified; head {result.head_hash}")
