"""The header (first member, plain) and the manifest (last member, sealed) of a backup.

The manifest lists the SHA-256 and size of every other member, the header's own hash, the
row count of every table in the snapshot, and where each evidence blob lives (this file
or an earlier one in the same folder). It is sealed with AES-256-GCM under a key derived
from the vault's data key: whoever lacks the key can neither read nor forge it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from casevault.lib import crypto
from casevault.store.backup.errors import BackupError, BackupTamperedError

FORMAT = "casevault-backup"
VERSION = 1
SUFFIX = ".cvbackup"
FILE_PATTERN = re.compile(r"casevault-backup-\d{8}T\d{6}Z-[0-9a-f]{8}\.cvbackup")

HEADER = "casevault-backup.json"
KEYFILE = "vault.key"
DB_SQLCIPHER = "database/vault.db"
DB_PG_IDENTITY = "database/postgres.identity.sealed"
DB_PG_DUMP = "database/postgres.dump.age"
EVIDENCE = "evidence/"
BLOBS = "evidence/blobs/"
MANIFEST = "manifest.sealed"


@dataclass
class Header:
    backup_id: str
    vault_id: str
    created: str
    kind: str  # "full" | "incremental"
    backend: str  # "sqlcipher" | "postgresql"
    encryption: str  # "vault-key" | "recipient"
    # Blobs stored in this file (names only), so a later incremental backup can find them
    # by reading headers alone.
    blobs: list[str] = field(default_factory=list)
    format: str = FORMAT
    version: int = VERSION

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True).encode()

    @classmethod
    def parse(cls, data: bytes) -> Header:
        try:
            body: dict[str, Any] = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BackupTamperedError(
                f"the backup's header ({HEADER}) is damaged ({exc}); use another backup"
            ) from exc
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise BackupError("not a CaseVault backup (its first member is not a backup header)")
        if not isinstance(body.get("version"), int) or body["version"] > VERSION:
            raise BackupError(
                f"this backup was written by a newer CaseVault (format {body.get('version')}): "
                "upgrade CaseVault to read it"
            )
        try:
            return cls(**body)
        except TypeError as exc:
            raise BackupTamperedError(f"the backup's header is damaged ({exc})") from exc


@dataclass
class BlobRef:
    sha256: str
    size: int
    backup_id: str  # the backup file that holds the blob's bytes


@dataclass
class Manifest:
    backup_id: str
    vault_id: str
    header_sha256: str
    members: dict[str, list[Any]]  # name -> [sha256, size]
    blobs: dict[str, BlobRef]  # blob name -> where it is
    bases: dict[str, dict[str, str]]  # backup_id -> {"file": name, "manifest_sha256": hex}
    counts: dict[str, int]

    def to_json(self) -> bytes:
        body = asdict(self)
        return json.dumps(body, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        body = json.loads(data)
        body["blobs"] = {name: BlobRef(**ref) for name, ref in body["blobs"].items()}
        return cls(**body)


def _key(data_key: bytes) -> bytes:
    return crypto.derive_subkey(data_key, "backup-manifest")


def _aad(backup_id: str) -> bytes:
    return f"{FORMAT}/v{VERSION}/{backup_id}".encode()


def seal(manifest: Manifest, data_key: bytes) -> bytes:
    return crypto.seal(_key(data_key), manifest.to_json(), _aad(manifest.backup_id))


def unseal(sealed: bytes, data_key: bytes, backup_id: str, where: str) -> Manifest:
    try:
        plain = crypto.unseal(_key(data_key), sealed, _aad(backup_id))
    except crypto.DecryptionError as exc:
        raise BackupTamperedError(
            f"{where}: the manifest's seal does not verify: the manifest or the header was "
            "altered, or the backup belongs to another vault; do not trust this backup"
        ) from exc
    try:
        return Manifest.from_json(plain)
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupTamperedError(f"{where}: the manifest cannot be read ({exc})") from exc


def blob_member(name: str) -> str:
    return f"{BLOBS}{name[:2]}/{name}"
