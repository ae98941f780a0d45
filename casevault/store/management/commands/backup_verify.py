from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casevault.store.backup.unlock import add_secret_arguments, unwrapper
from casevault.store.backup.verify import backup_verify
from casevault.store.command import USER_ERRORS, user_error_message


class Command(BaseCommand):
    help = (
        "Check a backup file without restoring it: every hash, the manifest's seal, the database."
    )
    requires_system_checks: list[str] = []  # type: ignore[assignment]

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        add_secret_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = backup_verify(
                options["file"], unwrap=unwrapper(options), identity_file=options["identity"]
            )
        except USER_ERRORS as exc:
            raise CommandError(user_error_message(exc)) from exc
        based = (
            f", {report.blobs_in_bases} of them in earlier files" if report.blobs_in_bases else ""
        )
        self.stdout.write(
            f"OK: {report.path.name} ({report.kind}, {report.backend}, {report.encryption}, "
            f"made {report.created}): {report.members} members, {report.rows} rows, "
            f"{report.blobs} evidence blobs{based}; every hash and the manifest's seal verified."
        )
