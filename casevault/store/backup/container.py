"""The bytes of a backup file: a tar stream, written and read one member at a time.

A vault-key backup is a plain (uncompressed, GNU) tar whose members are already
ciphertext; a recipient backup is that same tar, age-encrypted to the recipient. Tar keeps
the file readable by standard tools in a disaster (``tar tvf``, ``age -d | tar x``).

Everything streams: no member is held whole in memory, and nothing is decrypted to disk.
"""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import tarfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from io import FileIO
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

# Bytes per copy step of an evidence file: large enough that a 10 GiB vault is a few
# thousand system calls, small enough that memory stays flat.
COPY_CHUNK = 8 << 20
# Errors of the backup file's side of a copy (the caller reports them as "disk full" or
# "cannot write"); any other copy error is blamed on the evidence file being read.
_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}
# copy_file_range cannot join these two files (another file system, an old kernel).
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL, errno.EBADF}


@dataclass
class FileSpan:
    """The first ``size`` bytes of a file, to become one member's data.

    The writer sets ``sha256`` to the hash of the bytes it put into the backup, and the
    producer reads it back for the manifest once the writer asks for the next part.
    """

    path: Path
    size: int
    sha256: str = ""


Part = bytes | FileSpan


def write_stream(
    parts: Iterator[Part], fh: BinaryIO, recipient: str | None, progress: Callable[[int], None]
) -> None:
    """Write the tar parts to ``fh``: as they are, or age-encrypted to ``recipient``.

    ``fh`` must be open for reading too: a plain backup hashes each evidence file from
    the backup file itself, so the manifest covers exactly the bytes the backup holds.
    """
    if recipient is None:
        fh.flush()
        _write_plain(parts, fh.fileno(), progress)
        return
    reader = ChunkReader(_as_chunks(parts, progress))
    try:
        pyrage.encrypt_io(reader, fh, [x25519.Recipient.from_str(recipient)])
    except Exception as exc:
        if reader.error is not None:
            raise reader.error from None
        if isinstance(exc, OSError):
            raise
        raise BackupError(f"could not encrypt the backup to {recipient}: {exc}") from exc


def _as_chunks(parts: Iterator[Part], progress: Callable[[int], None]) -> Iterator[bytes]:
    buf = bytearray(CHUNK)
    for part in parts:
        if isinstance(part, bytes):
            yield part
            continue
        digest = hashlib.sha256()
        with _open_source(part) as src:
            for n in _read_span(part, src, memoryview(buf)):
                data = bytes(buf[:n])  # the encryptor may keep it after we refill buf
                digest.update(data)
                progress(n)
                yield data
        part.sha256 = digest.hexdigest()


def _write_plain(parts: Iterator[Part], fd: int, progress: Callable[[int], None]) -> None:
    buf = memoryview(bytearray(COPY_CHUNK))
    kernel_copy = True
    for part in parts:
        if isinstance(part, bytes):
            _write_all(fd, part)
            continue
        digest = hashlib.sha256()
        start = os.lseek(fd, 0, os.SEEK_CUR)
        with _open_source(part) as src:
            done = 0
            while done < part.size:
                want = min(len(buf), part.size - done)
                n = 0
                if kernel_copy:
                    try:
                        # In-kernel copy: no trip of the bytes through Python.
                        n = os.copy_file_range(src.fileno(), fd, want)
                    except OSError as exc:
                        if exc.errno in _WRITE_ERRNOS:
                            raise
                        if exc.errno not in _NO_KERNEL_COPY:
                            raise _read_error(exc, part) from exc
                        kernel_copy = False
                if kernel_copy:
                    if n == 0:
                        raise _shrank(part)
                    # Hash what the backup now holds (still in the page cache), not a
                    # second read of the evidence file.
                    got = os.preadv(fd, [buf[:n]], start + done)
                    if got != n:
                        raise BackupError(f"reading back the backup file failed at {part.path}")
                else:
                    n = _read_into(part, src, buf[:want])
                    if n == 0:
                        raise _shrank(part)
                    _write_all(fd, buf[:n])
                digest.update(buf[:n])
                done += n
                progress(n)
        part.sha256 = digest.hexdigest()


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


@contextmanager
def _open_source(span: FileSpan) -> Iterator[FileIO]:
    try:
        fh = open(span.path, "rb", buffering=0)  # noqa: SIM115 - closed below
    except FileNotFoundError as exc:
        raise BackupError(
            f"{span.path} vanished during the backup: no backup was written; run "
            "'casevault evidence verify' and retry"
        ) from exc
    except OSError as exc:
        raise _read_error(exc, span) from exc
    with fh:
        with suppress(OSError):
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
        yield fh


def _read_span(span: FileSpan, src: FileIO, buf: memoryview) -> Iterator[int]:
    done = 0
    while done < span.size:
        n = _read_into(span, src, buf[: min(len(buf), span.size - done)])
        if n == 0:
            raise _shrank(span)
        done += n
        yield n


def _read_into(span: FileSpan, src: FileIO, buf: memoryview) -> int:
    try:
        return src.readinto(buf) or 0
    except OSError as exc:
        raise _read_error(exc, span) from exc


def _read_error(exc: OSError, span: FileSpan) -> BackupError:
    return BackupError(
        f"cannot read {span.path} ({exc.strerror}): no backup was written; check the disk and "
        "the file's permissions"
    )


def _shrank(span: FileSpan) -> BackupError:
    return BackupError(
        f"{span.path} shrank during the backup: no backup was written; check the disk and retry"
    )


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
