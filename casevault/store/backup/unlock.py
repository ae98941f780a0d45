"""How ``backup verify`` and ``restore`` get the data key out of the backup's key file."""

from __future__ import annotations

from argparse import ArgumentParser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casevault.store import keyfile, recovery
from casevault.store.backup.errors import BackupError
from casevault.store.passphrase import read_passphrase


def add_secret_arguments(parser: ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        help="the vault's passphrase at the time of the backup (else a prompt or "
        "CASEVAULT_PASSPHRASE)",
    )
    parser.add_argument(
        "--recovery-file",
        help="open with the recovery code (24 words, or shares one per line) instead",
    )
    parser.add_argument(
        "--identity", type=Path, help="age identity file, for a backup made with --to-recipient"
    )


def unwrapper(options: dict[str, Any]) -> Callable[[keyfile.KeyFile], bytes]:
    def unwrap(kf: keyfile.KeyFile) -> bytes:
        if options.get("recovery_file"):
            secret = recovery.secret_from_text(recovery.read_code(options["recovery_file"]))
            return recovery.unwrap_with_code(kf, secret)
        passphrase = read_passphrase(
            passphrase_file=options.get("passphrase_file"), prompt="Passphrase of the backup: "
        )
        try:
            return kf.unwrap(passphrase)
        except keyfile.WrongPassphraseError as exc:
            raise BackupError(
                "wrong passphrase for this backup (it opens with the passphrase the vault had "
                "when the backup was made, or with --recovery-file): nothing was changed"
            ) from exc

    return unwrap
