from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError
from tqdm import tqdm

from casevault.accounts.actions import system_actor
from casevault.evidence.actions import evidence_verify_all
from casevault.evidence.models import EvidenceItem
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Re-hash every evidence item; report any mismatch or missing file."

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        with tqdm(
            total=EvidenceItem.objects.count(), unit="file", disable=None, leave=False
        ) as bar:
            report = evidence_verify_all(actor=system_actor(), progress=bar.update)
        for name in report.missing:
            self.stderr.write(f"MISSING  {name}")
        for name in report.mismatched:
            self.stderr.write(f"MISMATCH {name}")
        if not report.clean:
            raise CommandError(
                f"evidence verification FAILED: {len(report.mismatched)} altered, "
                f"{len(report.missing)} missing of {report.checked}; restore them from a backup"
            )
        self.stdout.write(f"OK: {report.checked} evidence items verified")
