"""The recovery key: a second key-file slot that opens the vault if the passphrase is lost.

The secret is 256 random bits, shown once as 24 BIP-39 words (``mnemonic``, Trezor's
reference code), or split into SLIP-39 shares (``shamir-mnemonic``, Trezor's reference
code) of which any *threshold* rebuild it. The slot wraps the data key under Argon2id of
the secret's hex form, exactly like the passphrase slot, so nothing else changes.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import shamir_mnemonic
from mnemonic import Mnemonic

from casevault.store import keyfile

KIND = "recovery"
SECRET_BYTES = 32
MAX_SHARES = 16


class RecoveryError(ValueError):
    """Bad recovery input; the message says what was wrong."""


@dataclass(frozen=True)
class Split:
    threshold: int
    shares: int

    @classmethod
    def parse(cls, text: str) -> Split:
        match = re.fullmatch(r"\s*(\d+)\s*(?:of|/)\s*(\d+)\s*", text)
        if not match:
            raise RecoveryError(f"--split {text!r}: write it as 3of5 (any 3 of 5 shares)")
        threshold, shares = int(match[1]), int(match[2])
        if not 2 <= threshold <= shares <= MAX_SHARES:
            raise RecoveryError(
                f"--split {text}: need 2 ≤ threshold ≤ shares ≤ {MAX_SHARES} (e.g. 2of3, 3of5)"
            )
        return cls(threshold, shares)


def new_secret() -> bytes:
    return os.urandom(SECRET_BYTES)


def words(secret: bytes) -> list[str]:
    return Mnemonic("english").to_mnemonic(secret).split()


def shares(secret: bytes, split: Split) -> list[str]:
    groups = shamir_mnemonic.generate_mnemonics(1, [(split.threshold, split.shares)], secret)
    return groups[0]


def slot_secret(secret: bytes) -> str:
    return secret.hex()


def secret_from_text(text: str) -> bytes:
    """24 BIP-39 words (on one or more lines), or SLIP-39 shares, one per line."""
    lines = [" ".join(line.lower().split()) for line in text.splitlines()]
    lines = [re.sub(r"^\s*\d+[.)]\s*", "", line) for line in lines if line.strip()]
    if not lines:
        raise RecoveryError("no recovery code given: type the 24 words or the shares")
    all_words = " ".join(lines).split()
    bip39 = Mnemonic("english")
    # SLIP-39 shares have 20 or 33 words each, so 24 words in all can only be BIP-39.
    if len(all_words) == 24:
        phrase = " ".join(all_words)
        if not bip39.check(phrase):
            unknown = [w for w in all_words if w not in bip39.wordlist]
            if unknown:
                raise RecoveryError(f"{unknown[0]!r} is not a recovery word: check the spelling")
            raise RecoveryError(
                "the 24 words do not check out (a word is wrong or out of order): "
                "compare them with the paper copy"
            )
        return bytes(bip39.to_entropy(phrase))
    try:
        return shamir_mnemonic.combine_mnemonics(lines)
    except shamir_mnemonic.MnemonicError as exc:
        raise RecoveryError(f"the recovery shares do not combine: {exc}") from exc


def add_recovery_slot(key_path: Path, data_key: bytes, secret: bytes) -> None:
    kf = keyfile.load(key_path)
    label = "recovery code created by 'casevault recovery-key'"
    kf.add_slot(kind=KIND, secret=slot_secret(secret), data_key=data_key, label=label)
    keyfile.save(key_path, kf)


def has_recovery_slot(key_path: Path) -> bool:
    return any(s.kind == KIND for s in keyfile.load(key_path).slots)


def unwrap_with_code(kf: keyfile.KeyFile, secret: bytes) -> bytes:
    try:
        return kf.unwrap(slot_secret(secret), kinds=(KIND,))
    except keyfile.WrongPassphraseError as exc:
        if not any(s.kind == KIND for s in kf.slots):
            raise RecoveryError(
                "this key file has no recovery slot: no recovery key was ever made for it"
            ) from exc
        raise RecoveryError(
            "the recovery code does not open this vault (an older code, or another vault's)"
        ) from exc


def read_code(code_file: str | None) -> str:
    if code_file:
        try:
            return Path(code_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise RecoveryError(f"cannot read {code_file}: {exc.strerror}") from exc
    if not sys.stdin.isatty():
        return sys.stdin.read()
    sys.stderr.write(
        "Type the 24 recovery words, or the shares one per line; an empty line ends.\n"
    )
    lines = []
    while line := input("> ").strip():
        lines.append(line)
    return "\n".join(lines)
