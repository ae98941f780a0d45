from __future__ import annotations

from argparse import ArgumentParser
from datetime import datetime
from pathlib import Path
from typing import Any

from django.utils.dateparse import parse_datetime
from tqdm import tqdm

from casevault.accounts.actions import system_actor
from casevault.evidence.actions import CaptureInfo, evidence_add
from casevault.evidence.blobstore import EvidenceStoreError
from casevault.lib.levels import Level
from casevault.records.lookup import case_by_reference, record_by_id
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


def _utc(text: str) -> datetime:
    value = parse_datetime(text)
    if value is None or value.tzinfo is None:
        raise ValueError(
            f"--captured-at {text!r} is not an ISO time with a zone: use e.g. 2019-01-14T09:30:00Z"
        )
    return value


class Command(VaultCommand):
    help = "Add files to the evidence store: encrypted, hashed, with their chain of custody."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--case", help="case reference, e.g. CV-2026-0001")
        parser.add_argument("--record", help="id of the record the files document")
        parser.add_argument("--description", default="")
        parser.add_argument(
            "--confidentiality", default=Level.RESTRICTED, choices=[lv.value for lv in Level]
        )
        parser.add_argument("--source-url", help="where online content was captured from")
        parser.add_argument("--captured-at", help="capture time, ISO 8601 with zone (UTC)")
        parser.add_argument("--collector", help="who captured it")
        parser.add_argument("--tool", default="", help="capture tool")
        parser.add_argument("--tool-version", default="")
        parser.add_argument(
            "--artefact",
            default="other",
            choices=["screenshot", "html", "media", "warc", "wacz", "other"],
        )

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        actor = system_actor()
        case = case_by_reference(options["case"]) if options["case"] else None
        record = record_by_id(options["record"]) if options["record"] else None
        capture = None
        if options["source_url"]:
            if not options["captured_at"] or not options["collector"]:
                raise ValueError(
                    "online content needs --captured-at and --collector with --source-url"
                )
            capture = CaptureInfo(
                url=options["source_url"],
                captured_at=_utc(options["captured_at"]),
                collector=options["collector"],
                tool=options["tool"],
                tool_version=options["tool_version"],
                artefact_kind=options["artefact"],
            )
        for path in options["files"]:
            size = path.stat().st_size if path.is_file() else 0
            with tqdm(
                total=size, unit="B", unit_scale=True, desc=path.name, disable=None, leave=False
            ) as bar:
                try:
                    item = evidence_add(
                        actor=actor,
                        source=path,
                        case=case,
                        record=record,
                        description=options["description"],
                        capture=capture,
                        confidentiality=options["confidentiality"],
                        progress=bar.update,
                    )
                except EvidenceStoreError as exc:
                    raise ValueError(str(exc)) from exc
            self.stdout.write(f"{item.pk}  sha256 {item.sha256}  {item.content_type}  {path}")
            if item.extension_mismatch:
                self.stderr.write(
                    f"note: {path.name} is really {item.content_type}; its extension says otherwise"
                )
