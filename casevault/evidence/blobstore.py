"""Encrypted, content-addressed evidence blobs in the age format.

Layout of a store root (see docs/evidence-format.md):

    store.json          format marker and the vault's public age recipient (informational)
    identity.sealed     the age X25519 secret, AES-256-GCM sealed by a data-key subkey
    blobs/ab/abcd…      one age file per distinct content, named by a keyed hash
    incoming/*.tmp      ciphertext being written; never visible as a blob

Everything that touches plaintext streams through memory in bounded blocks: nothing is
written to disk unencrypted, not even a temporary file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import queue
import re
import secrets
import threading
import time
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

import pyrage
from pyrage import x25519

from casevault.lib.crypto import (
    DecryptionError,
    constant_time_equal,
    derive_subkey,
    keyed_hash,
    seal,
    unseal,
)

FORMAT_NAME = "casevault-evidence-store"
FORMAT_VERSION = 1
MARKER_FILE = "store.json"
IDENTITY_FILE = "identity.sealed"
BLOBS_DIR = "blobs"
INCOMING_DIR = "incoming"
IDENTITY_AAD = b"casevault/evidence-identity/v1"

# Source reads and plaintext hand-offs happen in blocks of this size: big enough that
# per-call overhead vanishes, small enough that memory stays flat for any file size.
BLOCK_SIZE = 1 << 20
# At most this many decrypted blocks wait between the decrypting thread and the reader.
QUEUE_BLOCKS = 4

_BLOB_NAME = re.compile(r"[0-9a-f]{64}")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class EvidenceStoreError(Exception):
    """Base class: every message says what went wrong and what to do."""


class StoreNotFoundError(EvidenceStoreError):
    pass


class StoreExistsError(EvidenceStoreError):
    pass


class WrongKeyError(EvidenceStoreError):
    pass


class StoreCorruptError(EvidenceStoreError):
    pass


class EmptyFileError(EvidenceStoreError):
    pass


class TooLargeError(EvidenceStoreError):
    pass


class StorageFullError(EvidenceStoreError):
    pass


class SourceReadError(EvidenceStoreError):
    pass


class StorageError(EvidenceStoreError):
    pass


class BlobNotFoundError(EvidenceStoreError):
    pass


class BlobCorruptError(EvidenceStoreError):
    pass


class InvalidBlobNameError(EvidenceStoreError, ValueError):
    pass


class InvalidRecipientError(EvidenceStoreError, ValueError):
    pass


class ExportError(EvidenceStoreError):
    pass


class ReadableStream(Protocol):
    """What ingest needs from a stream: read(n) returning bytes, b"" at the end."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class IngestResult:
    blob_name: str
    sha256: str
    size: int
    deduplicated: bool


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    encrypted: bool


def _storage_error(exc: OSError, action: str) -> EvidenceStoreError:
    if exc.errno in _DISK_FULL:
        return StorageFullError(
            f"disk full while {action}: nothing was stored; free space and retry"
        )
    return StorageError(
        f"could not write to the evidence store while {action} ({exc.strerror or exc}): "
        "nothing was stored; check the disk and its permissions"
    )


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


class _HashingSource:
    """The reader pyrage pulls plaintext from: hashes, counts and enforces the size limit.

    pyrage's encrypt_io calls read(8192) on a Python object; we read the source in
    BLOCK_SIZE blocks and hand out slices, so the source sees few large reads. Hashing a
    block runs on a helper thread (hashlib releases the GIL) while pyrage encrypts it.
    """

    def __init__(
        self,
        stream: ReadableStream,
        *,
        max_bytes: int | None,
        progress: Callable[[int], None] | None,
        hasher_pool: ThreadPoolExecutor,
    ) -> None:
        self._stream = stream
        self._max_bytes = max_bytes
        self._progress = progress
        self._pool = hasher_pool
        self._hash = hashlib.sha256()
        self._pending: list[Future[None]] = []
        self._block = b""
        self._pos = 0
        self._eof = False
        self.size = 0
        # pyrage wraps any exception raised in read() into EncryptError('Type: msg');
        # we keep the original here to re-raise it with its own type and message.
        self.error: BaseException | None = None

    def _next_block(self) -> bool:
        if self._eof:
            return False
        block = self._stream.read(BLOCK_SIZE)
        if not block:
            self._eof = True
            return False
        self.size += len(block)
        if self._max_bytes is not None and self.size > self._max_bytes:
            raise TooLargeError(
                f"file is larger than the limit of {self._max_bytes} bytes: nothing was "
                "stored; raise the limit or split the file"
            )
        # Drain older hash jobs first: bounds memory to a few blocks in flight.
        while len(self._pending) >= 2:
            self._pending.pop(0).result()
        if len(block) < BLOCK_SIZE and not self._pending:
            self._hash.update(block)  # a small file: a thread hand-off would cost more
        else:
            self._pending.append(self._pool.submit(self._hash.update, block))
        self._block, self._pos = block, 0
        if self._progress is not None:
            self._progress(self.size)
        return True

    def prime(self) -> bool:
        """Read the first block now; False if the source is empty."""
        return self._next_block()

    def read(self, n: int = -1) -> bytes:
        # Called about 130,000 times per GiB: keep the common case to a slice.
        pos, block = self._pos, self._block
        if n is not None and n >= 0 and pos < len(block):
            self._pos = pos + n
            return block[pos : pos + n]
        try:
            if not self._next_block():
                return b""
            if n is None or n < 0:
                n = len(self._block)
            self._pos = n
            return self._block[:n]
        except BaseException as exc:
            self.error = exc
            raise

    def hexdigest(self) -> str:
        for job in self._pending:
            job.result()
        self._pending.clear()
        return self._hash.hexdigest()

    def digest(self) -> bytes:
        self.hexdigest()
        return self._hash.digest()


class _GuardedWriter:
    """Passes ciphertext to a file and remembers the OSError pyrage would flatten."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        try:
            return self._fh.write(data)
        except BaseException as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        try:
            self._fh.flush()
        except BaseException as exc:
            self.error = exc
            raise


class _Cancelled(Exception):
    pass


class _QueueWriter:
    """Collects decrypted bytes into blocks and queues them for the consuming thread."""

    def __init__(self, out: queue.Queue[bytes | BaseException | None]) -> None:
        self._out = out
        self._buf = bytearray()
        self.cancelled = threading.Event()

    def _put(self, item: bytes | BaseException | None) -> None:
        while True:
            if self.cancelled.is_set():
                raise _Cancelled()
            try:
                self._out.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def write(self, data: bytes) -> int:
        self._buf += data
        if len(self._buf) >= BLOCK_SIZE:
            self._put(bytes(self._buf))
            self._buf.clear()
        return len(data)

    def flush(self) -> None:
        return None

    def finish(self, error: BaseException | None) -> None:
        with suppress(_Cancelled):
            if error is None and self._buf:
                self._put(bytes(self._buf))
                self._buf.clear()
            self._put(error)


class ChunkReader:
    """A read() interface over a chunk iterator, for pyrage's encrypt_io (which pulls).

    Shared with the backup writer. ``error`` keeps an exception raised by the iterator,
    which pyrage would otherwise replace with its own."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._block = b""
        self._pos = 0
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        try:
            while self._pos >= len(self._block):
                block = next(self._chunks, None)
                if block is None:
                    return b""
                self._block, self._pos = block, 0
            if n is None or n < 0:
                n = len(self._block) - self._pos
            chunk = self._block[self._pos : self._pos + n]
            self._pos += len(chunk)
            return chunk
        except BaseException as exc:
            self.error = exc
            raise


class BlobStore:
    """The evidence blob store. Thread-safe for concurrent ingests and reads."""

    def __init__(self, root: Path, identity: Any, name_key: bytes) -> None:
        # Use create() or open(); this constructor trusts its arguments.
        self.root = root
        self._identity = identity
        self._recipient = identity.to_public()
        self._name_key = name_key
        self._hasher_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="blob-hash")

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, root: Path, data_key: bytes) -> BlobStore:
        root = Path(root)
        if (root / MARKER_FILE).exists() or (root / IDENTITY_FILE).exists():
            raise StoreExistsError(
                f"an evidence store already exists at {root}: open it instead of creating one"
            )
        if root.exists() and any(root.iterdir()):
            raise StoreExistsError(
                f"{root} is not empty: choose an empty or new directory for the evidence store"
            )
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        for sub in (BLOBS_DIR, INCOMING_DIR):
            (root / sub).mkdir(mode=0o700, exist_ok=True)
        identity = x25519.Identity.generate()
        sealed = seal(
            derive_subkey(data_key, "evidence-identity"), str(identity).encode(), IDENTITY_AAD
        )
        _write_file_atomically(root / IDENTITY_FILE, sealed)
        marker = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "recipient": str(identity.to_public()),
        }
        _write_file_atomically(root / MARKER_FILE, json.dumps(marker, indent=2).encode() + b"\n")
        _fsync_dir(root)
        return cls(root, identity, derive_subkey(data_key, "blob-name"))

    @classmethod
    def open(cls, root: Path, data_key: bytes) -> BlobStore:
        root = Path(root)
        try:
            marker = json.loads((root / MARKER_FILE).read_text("utf-8"))
        except FileNotFoundError:
            raise StoreNotFoundError(
                f"no evidence store at {root}: check the path, or create one first"
            ) from None
        except (ValueError, OSError) as exc:
            raise StoreCorruptError(
                f"{root / MARKER_FILE} is unreadable ({exc}): restore the store from backup"
            ) from None
        if not isinstance(marker, dict) or marker.get("format") != FORMAT_NAME:
            raise StoreCorruptError(
                f"{root / MARKER_FILE} is not an evidence store marker: restore it from backup"
            )
        if marker.get("version") != FORMAT_VERSION:
            raise StoreCorruptError(
                f"evidence store version {marker.get('version')!r} is not supported by this "
                "CaseVault: upgrade CaseVault"
            )
        try:
            sealed = (root / IDENTITY_FILE).read_bytes()
        except FileNotFoundError:
            raise StoreCorruptError(
                f"{root / IDENTITY_FILE} is missing: the blobs cannot be decrypted without it; "
                "restore it from backup"
            ) from None
        try:
            secret = unseal(derive_subkey(data_key, "evidence-identity"), sealed, IDENTITY_AAD)
        except DecryptionError:
            raise WrongKeyError(
                "the data key does not open this evidence store (wrong vault key, or "
                f"{IDENTITY_FILE} was damaged): nothing was changed"
            ) from None
        try:
            identity = x25519.Identity.from_str(secret.decode("ascii"))
        except (pyrage.IdentityError, UnicodeDecodeError):
            raise StoreCorruptError(
                f"{root / IDENTITY_FILE} holds no valid age identity: restore it from backup"
            ) from None
        # The clear recipient is only informational; ingest always encrypts to the one
        # derived from the sealed identity. A mismatch means someone edited store.json,
        # perhaps to make future evidence readable by another key.
        if marker.get("recipient") != str(identity.to_public()):
            raise StoreCorruptError(
                f"the recipient in {root / MARKER_FILE} does not match the sealed identity: "
                "the file was altered; restore it from backup before storing evidence"
            )
        for sub in (BLOBS_DIR, INCOMING_DIR):
            if not (root / sub).is_dir():  # a read-only copy (a backup) must still open
                (root / sub).mkdir(mode=0o700)
        return cls(root, identity, derive_subkey(data_key, "blob-name"))

    @property
    def recipient(self) -> str:
        """The vault's public age recipient ("age1…")."""
        return str(self._recipient)

    def close(self) -> None:
        self._hasher_pool.shutdown(wait=True)

    # -- names and paths -----------------------------------------------------------------

    def blob_name_for(self, sha256_hex: str) -> str:
        """The keyed name content with this SHA-256 has (or would have) in this store."""
        if not _SHA256_HEX.fullmatch(sha256_hex):
            raise ValueError("expected a SHA-256 as 64 lowercase hex digits")
        return keyed_hash(self._name_key, bytes.fromhex(sha256_hex))

    def _blob_path(self, blob_name: str) -> Path:
        # The name becomes a path: refuse anything but 64 hex digits (no "../").
        if not isinstance(blob_name, str) or not _BLOB_NAME.fullmatch(blob_name):
            raise InvalidBlobNameError(
                f"{blob_name!r} is not a blob name (64 lowercase hex digits): check the record"
            )
        return self.root / BLOBS_DIR / blob_name[:2] / blob_name

    def exists(self, blob_name: str) -> bool:
        return self._blob_path(blob_name).is_file()

    def iter_blob_names(self) -> Iterator[str]:
        """Complete blobs only: temporaries in incoming/ are never listed."""
        blobs = self.root / BLOBS_DIR
        for shard in sorted(os.scandir(blobs), key=lambda e: e.name):
            if not shard.is_dir(follow_symlinks=False) or len(shard.name) != 2:
                continue
            for entry in sorted(os.scandir(shard.path), key=lambda e: e.name):
                if (
                    _BLOB_NAME.fullmatch(entry.name)
                    and entry.name[:2] == shard.name
                    and entry.is_file(follow_symlinks=False)
                ):
                    yield entry.name

    def cleanup_partial(self, *, min_age_seconds: float = 0.0) -> int:
        """Remove ciphertext temporaries left by a crash; returns how many were removed.

        Run it at start-up, or with min_age_seconds set while other processes may be
        ingesting: a temporary still being written would otherwise be pulled from under
        its ingest (which then fails cleanly with StorageError).
        """
        removed = 0
        now = time.time()
        for directory in (self.root / INCOMING_DIR, self.root):
            for path in directory.glob("*.tmp"):
                with suppress(FileNotFoundError):
                    if now - path.stat().st_mtime < min_age_seconds:
                        continue
                    path.unlink()
                    removed += 1
        return removed

    # -- ingest --------------------------------------------------------------------------

    def _open_temp(self) -> tuple[Path, BinaryIO]:
        path = self.root / INCOMING_DIR / f"{secrets.token_hex(16)}.tmp"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        return path, os.fdopen(fd, "wb", buffering=BLOCK_SIZE)

    def ingest(
        self,
        src: ReadableStream | Path,
        *,
        max_bytes: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestResult:
        """Encrypt a file or binary stream into the store, hashing it in the same pass."""
        if isinstance(src, str | os.PathLike):
            path = Path(src)
            size = path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise TooLargeError(
                    f"{path.name} is {size} bytes, over the limit of {max_bytes}: nothing was "
                    "stored; raise the limit or split the file"
                )
            with path.open("rb", buffering=0) as stream:
                return self._ingest_stream(stream, max_bytes=max_bytes, progress=progress)
        return self._ingest_stream(src, max_bytes=max_bytes, progress=progress)

    def _ingest_stream(
        self,
        stream: ReadableStream,
        *,
        max_bytes: int | None,
        progress: Callable[[int], None] | None,
    ) -> IngestResult:
        source = _HashingSource(
            stream, max_bytes=max_bytes, progress=progress, hasher_pool=self._hasher_pool
        )
        if not source.prime():
            raise EmptyFileError("the file is empty: nothing was stored; check the upload")
        try:
            tmp_path, fh = self._open_temp()
        except OSError as exc:
            raise _storage_error(exc, "storing evidence") from None
        writer = _GuardedWriter(fh)
        try:
            try:
                pyrage.encrypt_io(source, writer, [self._recipient])
                fh.flush()
                os.fsync(fh.fileno())
            finally:
                fh.close()
        except BaseException as exc:
            with suppress(OSError):
                tmp_path.unlink()
            source.hexdigest()  # let the hashing thread finish with our buffers
            cause = source.error or writer.error or exc
            if isinstance(cause, OSError) and cause is source.error:
                raise SourceReadError(
                    f"could not read the file being stored ({cause.strerror or cause}): "
                    "nothing was stored; copy it to this computer's disk and retry"
                ) from None
            if isinstance(cause, OSError):
                raise _storage_error(cause, "storing evidence") from None
            if cause is not exc:
                raise cause from None
            raise
        digest = source.digest()
        blob_name = keyed_hash(self._name_key, digest)
        final = self._blob_path(blob_name)
        try:
            deduplicated = self._publish(tmp_path, final)
        except OSError as exc:
            with suppress(OSError):
                tmp_path.unlink()
            raise _storage_error(exc, "storing evidence") from None
        return IngestResult(
            blob_name=blob_name, sha256=digest.hex(), size=source.size, deduplicated=deduplicated
        )

    def _publish(self, tmp_path: Path, final: Path) -> bool:
        shard = final.parent
        if not shard.is_dir():
            shard.mkdir(mode=0o700, exist_ok=True)
            _fsync_dir(shard.parent)
        if final.exists():
            # Same content already stored (encrypted under another ephemeral key): keep one.
            tmp_path.unlink()
            return True
        os.rename(tmp_path, final)
        _fsync_dir(shard)
        return False

    # -- reading -------------------------------------------------------------------------

    def read_chunks(self, blob_name: str) -> Iterator[bytes]:
        """Yield the plaintext in blocks of up to 1 MiB, decrypting as it goes.

        Every yielded block has passed age's per-chunk authentication, but truncation of
        the blob is only detected at the end: a consumer must treat the whole read as
        failed if BlobCorruptError is raised, even after some blocks arrived.
        """
        path = self._blob_path(blob_name)
        try:
            fh = path.open("rb", buffering=BLOCK_SIZE)
        except FileNotFoundError:
            raise BlobNotFoundError(
                f"evidence blob {blob_name} is missing from the store: restore it from backup"
            ) from None
        return self._decrypt_iter(fh, blob_name)

    def _decrypt_iter(self, fh: BinaryIO, blob_name: str) -> Iterator[bytes]:
        out: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=QUEUE_BLOCKS)
        writer = _QueueWriter(out)

        def run() -> None:
            error: BaseException | None = None
            try:
                pyrage.decrypt_io(fh, writer, [self._identity])
            except BaseException as exc:
                error = exc
            writer.finish(error)

        worker = threading.Thread(target=run, name="blob-decrypt", daemon=True)
        worker.start()
        try:
            while True:
                item = out.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise BlobCorruptError(
                        f"evidence blob {blob_name} failed to decrypt (it was altered, "
                        "truncated or belongs to another vault): restore it from backup"
                    ) from None
                yield item
        finally:
            writer.cancelled.set()
            while worker.is_alive():
                with suppress(queue.Empty):
                    out.get(timeout=0.1)
            fh.close()

    @contextmanager
    def open_plaintext(self, blob_name: str) -> Iterator[BinaryIO]:
        """A read-only, non-seekable binary stream of the plaintext, decrypted on the fly."""
        chunks = self.read_chunks(blob_name)
        stream = _IterStream(chunks)
        try:
            yield cast(BinaryIO, stream)
        finally:
            stream.close()
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def verify(self, blob_name: str, expected_sha256: str) -> bool:
        """True only if the blob decrypts, its SHA-256 matches, and its name fits that hash."""
        digest = hashlib.sha256()
        try:
            for block in self.read_chunks(blob_name):
                digest.update(block)
        except BlobCorruptError:
            return False
        actual = digest.hexdigest()
        return constant_time_equal(actual, expected_sha256.lower()) and constant_time_equal(
            self.blob_name_for(actual), blob_name
        )

    # -- export --------------------------------------------------------------------------

    def export_age(
        self,
        blob_name: str,
        dest: Path,
        recipient: str | None,
        *,
        overwrite: bool = False,
    ) -> ExportResult:
        """Re-encrypt a blob to someone's age public key, or (recipient=None) write plaintext.

        The destination appears only complete. Plaintext export is an explicit decision by
        the caller, who records it in the custody log.
        """
        dest = Path(dest)
        target = None
        if recipient is not None:
            try:
                target = x25519.Recipient.from_str(recipient.strip())
            except pyrage.RecipientError:
                raise InvalidRecipientError(
                    f"{recipient!r} is not an age public key (it starts with 'age1'): "
                    "ask the recipient for the output of 'age-keygen -y'"
                ) from None
        if dest.exists() and not overwrite:
            raise ExportError(f"{dest} already exists: choose another name or allow overwriting")
        plaintext = self.read_chunks(blob_name)  # raises BlobNotFoundError before any write
        hasher = hashlib.sha256()
        size = 0

        def hashed() -> Generator[bytes, None, None]:
            nonlocal size
            try:
                for block in plaintext:
                    hasher.update(block)
                    size += len(block)
                    yield block
            finally:
                close_plaintext = getattr(plaintext, "close", None)
                if close_plaintext is not None:
                    close_plaintext()

        part = dest.with_name(f".{dest.name}.{secrets.token_hex(8)}.part")
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise ExportError(f"cannot write {dest} ({exc.strerror}): check the folder") from None
        chunks = hashed()
        try:
            with os.fdopen(fd, "wb", buffering=BLOCK_SIZE) as fh:
                if target is None:
                    for block in chunks:
                        fh.write(block)
                else:
                    reader = ChunkReader(chunks)
                    try:
                        pyrage.encrypt_io(reader, fh, [target])
                    except pyrage.EncryptError:
                        if reader.error is not None:
                            raise reader.error from None
                        raise
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, dest)
            _fsync_dir(dest.parent)
        except BaseException as exc:
            chunks.close()
            with suppress(OSError):
                part.unlink()
            if isinstance(exc, OSError):
                if exc.errno in _DISK_FULL:
                    raise ExportError(
                        f"disk full while exporting to {dest}: nothing was written; free space"
                    ) from None
                raise ExportError(
                    f"cannot write {dest} ({exc.strerror}): check the folder"
                ) from None
            raise
        return ExportResult(
            path=dest, sha256=hasher.hexdigest(), size=size, encrypted=target is not None
        )


class _IterStream:
    """Minimal read-only binary stream over an iterator of blocks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self.closed = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            parts = [self._buf[self._pos :]]
            parts.extend(self._chunks)
            self._buf, self._pos = b"", 0
            return b"".join(parts)
        while self._pos >= len(self._buf):
            block = next(self._chunks, None)
            if block is None:
                return b""
            self._buf, self._pos = block, 0
        chunk = self._buf[self._pos : self._pos + n]
        self._pos += len(chunk)
        return chunk

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> _IterStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
