"""The key file beside the database: the data key, wrapped by passphrase-derived keys.

Format (JSON, documented in docs/operator-guide.md):

    {"format": "casevault-key", "version": 1, "vault_id": "<uuid>",
     "slots": [{"kind": "passphrase", "kdf": "argon2id", "salt": "<b64>",
                "time_cost": 3, "memory_kib": 65536, "parallelism": 2,
                "wrapped_key": "<b64 AES-256-GCM nonce||ciphertext>"}]}

Several slots may unwrap the same data key (a passphrase, a recovery code). Changing a
passphrase rewrites one slot; the data key, and so every encrypted byte, stays the same.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from casevault.lib import crypto

FORMAT = "casevault-key"
VERSION = 1


class KeyFileError(Exception):
    """The key file is missing, unreadable or not a CaseVault key file."""


class WrongPassphraseError(Exception):
    """No slot of the key file opens with the given secret."""


@dataclass
class Slot:
    kind: str
    salt: str
    wrapped_key: str
    time_cost: int
    memory_kib: int
    parallelism: int
    kdf: str = "argon2id"
    label: str = ""

    def params(self) -> crypto.Argon2Params:
        return crypto.Argon2Params(self.time_cost, self.memory_kib, self.parallelism)


@dataclass
class KeyFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)

    def _aad(self, slot_kind: str) -> bytes:
        return f"{FORMAT}/{self.vault_id}/{slot_kind}".encode()

    def add_slot(
        self,
        *,
        kind: str,
        secret: str,
        data_key: bytes,
        params: crypto.Argon2Params | None = None,
        label: str = "",
    ) -> None:
        params = params or default_params()
        salt = os.urandom(16)
        kek = crypto.passphrase_key(secret, salt, params)
        wrapped = crypto.seal(kek, data_key, self._aad(kind))
        self.slots = [s for s in self.slots if s.kind != kind]
        self.slots.append(
            Slot(
                kind=kind,
                salt=_b64(salt),
                wrapped_key=_b64(wrapped),
                time_cost=params.time_cost,
                memory_kib=params.memory_kib,
                parallelism=params.parallelism,
                label=label,
            )
        )

    def unwrap(self, secret: str, kinds: tuple[str, ...] = ("passphrase",)) -> bytes:
        for slot in self.slots:
            if slot.kind not in kinds:
                continue
            kek = crypto.passphrase_key(secret, _unb64(slot.salt), slot.params())
            try:
                return crypto.unseal(kek, _unb64(slot.wrapped_key), self._aad(slot.kind))
            except crypto.DecryptionError:
                continue
        raise WrongPassphraseError("wrong passphrase")

    def to_json(self) -> str:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [asdict(s) for s in self.slots],
        }
        return json.dumps(body, indent=2, sort_keys=True) + "\n"

    @classmethod
    def new(cls) -> KeyFile:
        return cls(vault_id=str(uuid.uuid4()))


def default_params() -> crypto.Argon2Params:
    # Tests and benchmarks may ask for cheap parameters; a real vault never should.
    if os.environ.get("CASEVAULT_INSECURE_FAST_KDF") == "1":
        return crypto.Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
    return crypto.Argon2Params()


def load(path: Path) -> KeyFile:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyFileError(
            f"key file {path} is missing: restore it from a backup (without it the vault "
            "cannot be opened)"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(
            f"key file {path} cannot be read ({exc}): restore it from a backup"
        ) from exc
    try:
        body: dict[str, Any] = json.loads(raw)
        if body.get("format") != FORMAT:
            raise ValueError("not a CaseVault key file")
        if int(body["version"]) > VERSION:
            raise KeyFileError(
                f"key file {path} was written by a newer CaseVault (format {body['version']}): "
                "upgrade CaseVault to open it"
            )
        slots = [Slot(**s) for s in body["slots"]]
        for s in slots:
            _unb64(s.salt), _unb64(s.wrapped_key)
        return KeyFile(vault_id=str(uuid.UUID(body["vault_id"])), slots=slots)
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"key file {path} is corrupt ({exc}): restore it from a backup") from exc


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves the old key file or the new one, never half of one."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(keyfile.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
