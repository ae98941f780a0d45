from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casevault.store.backup.restore import backup_restore
from casevault.store.backup.unlock import add_secret_arguments, unwrapper
from casevault.store.command import USER_ERRORS, user_error_message


class Command(BaseCommand):
    help = "Restore a backup file into a NEW vault folder, checking every record count and hash."
    requires_system_checks: list[str] = []  # type: ignore[assignment]

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("newpath", type=Path, help="the new vault folder (must not exist)")
        add_secret_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = backup_restore(
                options["file"],
                options["newpath"],
                unwrap=unwrapper(options),
                identity_file=options["identity"],
            )
        except USER_ERRORS as exc:
            raise CommandError(user_error_message(exc)) from exc
        self.stdout.write(
            f"Restored {report.path}: {report.rows} rows in {report.tables} tables and "
            f"{report.blobs} evidence blobs, all checked; audit chain of "
            f"{report.audit_entries} entries verified.\n"
            f"It opens with the passphrase the vault had when the backup was made. "
            f"Next: casevault audit verify {report.path}"
        )
