"""Where a passphrase comes from: a file, the environment, or a prompt. Never argv."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

MIN_LENGTH = 10


class PassphraseError(Exception):
    pass


def read_passphrase(
    *, passphrase_file: str | None, env_var: str = "CASEVAULT_PASSPHRASE", prompt: str
) -> str:
    if passphrase_file:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise PassphraseError(
                f"cannot read passphrase file {passphrase_file}: {exc.strerror}"
            ) from exc
        # One trailing newline is what editors and `echo` add; it is not part of it.
        return text[:-1] if text.endswith("\n") else text
    value = os.environ.get(env_var)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseError(
            f"no passphrase given: use --passphrase-file F, set {env_var}, or run in a terminal"
        )
    return getpass.getpass(prompt)


def read_new_passphrase(*, passphrase_file: str | None, env_var: str) -> str:
    """A new passphrase: from a file or the environment as is, or typed twice."""
    if passphrase_file or os.environ.get(env_var):
        value = read_passphrase(passphrase_file=passphrase_file, env_var=env_var, prompt="")
    else:
        if not sys.stdin.isatty():
            raise PassphraseError(
                f"no new passphrase given: use --passphrase-file F, set {env_var}, "
                "or run in a terminal"
            )
        value = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat it: ") != value:
            raise PassphraseError("the two passphrases differ: nothing was changed")
    if len(value) < MIN_LENGTH:
        raise PassphraseError(
            f"passphrase too short ({len(value)} characters): use at least {MIN_LENGTH}, "
            "ideally several words"
        )
    return value
