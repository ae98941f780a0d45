"""Small, audited-library-backed crypto primitives shared by the vault.

Everything here is a thin wrapper over `cryptography` and `argon2-cffi`; nothing is
home-made. Keys are plain ``bytes`` held in memory only.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from hashlib import sha256

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptionError(Exception):
    """Ciphertext failed authentication: wrong key, or the bytes were altered."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A separate key per purpose, so that no key is ever used for two jobs."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"casevault/" + purpose.encode(),
    ).derive(data_key)


def seal(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    """AES-256-GCM: random nonce, returned as nonce || ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, sealed: bytes, aad: bytes = b"") -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise DecryptionError("sealed value is too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise DecryptionError("authentication failed") from exc


@dataclass(frozen=True)
class Argon2Params:
    # OWASP's recommended floor is m=19 MiB, t=2; we spend more because unlocking
    # happens once per process and a seized key file invites offline guessing.
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


def passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def keyed_hash(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 as hex: names and chains that only the key holder can recompute."""
    return hmac.new(key, data, sha256).hexdigest()


def constant_time_equal(a: str | bytes, b: str | bytes) -> bool:
    if isinstance(a, str):
        a = a.encode()
    if isinstance(b, str):
        b = b.encode()
    return hmac.compare_digest(a, b)
