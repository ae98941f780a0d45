"""`casevault import VAULT FILE… --case C`: store documents and queue their draft events."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from tqdm import tqdm

from casevault.accounts.actions import system_actor
from casevault.intake.actions import IntakeError, document_import
from casevault.intake.management.commands.extract import _iso_date
from casevault.lib.levels import Level
from casevault.records.lookup import case_by_reference
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = (
        "Import documents into a case: each is stored as evidence and read into draft "
        "events that wait for review (nothing becomes a record until someone accepts it)."
    )

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--case", required=True, help="case reference, e.g. CV-2026-0001")
        parser.add_argument("--lang", choices=["auto", "en", "ru", "kk"], default="auto")
        parser.add_argument("--reference-date", metavar="YYYY-MM-DD", default=None)
        parser.add_argument("--source-type", default="document", help="source_type code")
        parser.add_argument(
            "--confidentiality", default=Level.RESTRICTED, choices=[lv.value for lv in Level]
        )

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        reference = _iso_date(options["reference_date"]) if options["reference_date"] else None
        case, actor, files = case_by_reference(options["case"]), system_actor(), options["files"]
        failed = 0
        for path in tqdm(
            files, file=sys.stderr, unit="doc", disable=None if len(files) > 1 else True
        ):
            try:
                document = document_import(
                    actor=actor,
                    path=path,
                    case=case,
                    lang=options["lang"],
                    reference_date=reference,
                    source_type=options["source_type"],
                    confidentiality=options["confidentiality"],
                )
            except IntakeError as exc:
                failed += 1
                tqdm.write(f"{path.name}: {exc}", file=sys.stderr)
                continue
            self.stdout.write(f"{document.pk}  {document.drafts.count()} draft(s)  {path}")
            if document.evidence_problem:
                tqdm.write(
                    f"note: {path.name} was not stored: {document.evidence_problem}",
                    file=sys.stderr,
                )
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) could not be imported")
