"""`casevault extract FILE…`: print the draft events found in documents; opens no vault."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casevault.intake.pipeline import extract_many, render_text


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--reference-date {value!r} is not a date: use YYYY-MM-DD") from None


class Command(BaseCommand):
    help = "Extract draft events, people, places and dates from documents (no vault needed)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--lang", choices=["auto", "en", "ru", "kk"], default="auto")
        parser.add_argument("--reference-date", type=str, default=None, metavar="YYYY-MM-DD")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        reference = _iso_date(options["reference_date"]) if options["reference_date"] else None
        files = options["files"]
        results = extract_many(files, options["lang"], reference)
        if len(files) > 1:
            from tqdm import tqdm

            results = tqdm(results, total=len(files), file=sys.stderr, unit="doc")
        failed = 0
        for path, result in results:
            if isinstance(result, Exception):
                failed += 1
                self.stderr.write(f"{path}: {result}")
                continue
            if options["format"] == "json":
                self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            else:
                self.stdout.write(render_text(result))
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) could not be read")
