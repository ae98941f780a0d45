"""The bytes of a backup file: a tar stream, written and read one member at a time.

A vault-key backup is a plain (uncompressed, GNU) tar whose members are already
ciphertext; a recipient backup is that same tar, age-encrypted to the recipient. Tar keeps
the file readable by standard tools in a disaster (``tar tvf``, ``age -d | tar x``).

Everything streams: no member is held whole in memory, and nothing is decrypted to disk.
"""

from __future__ import annotations

import os
import queue
import tarfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pyrage
from pyrage import x25519

from casevault.evidence.blobstore import ChunkReader
from casevault.store.backup.errors import BackupError, BackupTamperedError

BLOCK = 512
CHUNK = 1 << 20
AGE_MAGIC = b"age-encryption.org/v1"


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


def member_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    return info.tobuf(format=tarfile.GNU_FORMAT)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


END_OF_ARCHIVE = b"\0" * (2 * BLOCK)


# --- writing ---------------------------------------------------------------------------


def write_stream(chunks: Iterator[bytes], fh: BinaryIO, recipient: str | None) -> None:
    """Write the tar chunks to ``fh``: as they are, or age-encrypted to ``recipient``."""
    if recipient is None:
        for chunk in chunks:
            fh.write(chunk)
        return
    reader = ChunkReader(chunks)
    try:
        pyrage.encrypt_io(reader, fh, [x25519.Recipient.from_str(recipient)])
    except Exception as exc:
        if reader.error is not None:
            raise reader.error from None
        if isinstance(exc, OSError):
            raise
        raise BackupError(f"could not encrypt the backup to {recipient}: {exc}") from exc


def parse_recipient(text: str) -> str:
    try:
        x25519.Recipient.from_str(text.strip())
    except Exception as exc:
        raise BackupError(
            f"{text.strip()!r} is not an age public key (it starts with age1…): check it"
        ) from exc
    return text.strip()


# --- reading ---------------------------------------------------------------------------


class _Decrypted:
    """Plaintext of an age stream, pulled block by block from a decrypting thread."""

    def __init__(self, fh: BinaryIO, identities: list[Any]) -> None:
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=8)
        self._buf = b""
        self._done = False
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(fh, identities), name="backup-decrypt", daemon=True
        )
        self._thread.start()

    def _run(self, fh: BinaryIO, identities: list[Any]) -> None:
        pending = bytearray()
        outer = self

        class Writer:
            def write(self, data: bytes) -> int:
                if outer._cancel.is_set():
                    raise InterruptedError("cancelled")
                pending.extend(data)
                if len(pending) >= CHUNK:
                    outer._queue.put(bytes(pending))
                    pending.clear()
                return len(data)

            def flush(self) -> None:
                pass

        try:
            pyrage.decrypt_io(fh, Writer(), identities)
            if pending:
                self._queue.put(bytes(pending))
            self._queue.put(None)
        except BaseException as exc:
            if pending:
                self._queue.put(bytes(pending))
            self._queue.put(exc)

    def read(self, n: int = -1) -> bytes:
        while len(self._buf) < n and not self._done:
            item = self._queue.get()
            if item is None:
                self._done = True
            elif isinstance(item, BaseException):
                self._done = True
                raise BackupTamperedError(
                    "the encrypted backup is damaged (altered or truncated): age authentication "
                    "failed; use another backup"
                ) from item
            else:
                self._buf += item
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def close(self) -> None:
        self._cancel.set()
        while self._thread.is_alive():
            try:
                self._queue.get(timeout=0.1)
            except queue.Empty:
                pass


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(AGE_MAGIC)) == AGE_MAGIC


def load_identity(path: Path | None) -> Any:
    if path is None:
        raise BackupError(
            "this backup is encrypted to an age recipient: give the identity file with "
            "--identity FILE (the AGE-SECRET-KEY-1… line)"
        )
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BackupError(f"cannot read identity file {path}: {exc.strerror}") from exc
    for line in lines:
        if line.strip().startswith("AGE-SECRET-KEY-1"):
            try:
                return x25519.Identity.from_str(line.strip())
            except Exception as exc:
                raise BackupError(f"identity file {path} holds no valid age key") from exc
    raise BackupError(f"identity file {path} holds no AGE-SECRET-KEY-1… line")


@contextmanager
def open_stream(path: Path, identity_file: Path | None) -> Iterator[Readable]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError as exc:
        raise BackupError(f"backup file {path} does not exist: check the path") from exc
    except OSError as exc:
        raise BackupError(f"cannot read backup file {path}: {exc.strerror}") from exc
    try:
        if fh.read(len(AGE_MAGIC)) != AGE_MAGIC:
            fh.seek(0)
            yield fh
            return
        fh.seek(0)
        decrypted = _Decrypted(fh, [load_identity(identity_file)])
        try:
            yield decrypted
        finally:
            decrypted.close()
    finally:
        fh.close()


@dataclass
class Member:
    name: str
    size: int
    _source: Readable
    _left: int = -1

    def chunks(self) -> Iterator[bytes]:
        left = self.size
        while left:
            data = self._source.read(min(CHUNK, left))
            if not data:
                raise BackupTamperedError(
                    f"the backup file is truncated: it ends inside {self.name}; use another backup"
                )
            left -= len(data)
            yield data
        pad = -self.size % BLOCK
        if pad:
            filler = self._source.read(pad)
            if len(filler) != pad:
                raise BackupTamperedError(
                    f"the backup file is truncated after {self.name}; use another backup"
                )
            if filler.count(0) != pad:
                raise BackupTamperedError(
                    f"the backup file was altered after {self.name} (padding is not zero)"
                )

    def read_all(self, limit: int = 64 << 20) -> bytes:
        if self.size > limit:
            raise BackupTamperedError(f"{self.name} is implausibly large ({self.size} bytes)")
        return b"".join(self.chunks())


def iter_members(source: Readable) -> Iterator[Member]:
    """Yield members in order; each member's chunks must be consumed before the next."""
    previous = "the start"
    while True:
        block = source.read(BLOCK)
        if len(block) < BLOCK:
            raise BackupTamperedError(
                f"the backup file is truncated after {previous}: no end-of-archive marker; "
                "use another backup"
            )
        if block == b"\0" * BLOCK:
            # The end: exactly one more zero block, then nothing. Bytes nobody reads
            # could hide anything, so they are refused too.
            rest = source.read(BLOCK + 1)
            if rest != b"\0" * BLOCK:
                raise BackupTamperedError(
                    f"the backup file was altered or extended after {previous} (its end "
                    "marker is wrong); use another backup"
                )
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.TarError as exc:
            raise BackupTamperedError(
                f"the backup file is damaged after {previous}: a member header is invalid "
                f"({exc}); use another backup"
            ) from exc
        previous = info.name
        yield Member(info.name, info.size, source)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_chunks(path: Path, on_chunk: Callable[[bytes], None]) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while data := fh.read(CHUNK):
            on_chunk(data)
            yield data
