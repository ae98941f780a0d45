"""An upload handler that encrypts as the bytes arrive.

Django's own handlers keep small uploads in memory and write large ones to a temporary
file — in plaintext. This one feeds each chunk straight into the blob store's streaming
ingest (running in a thread that reads from a queue), so no byte of an upload is ever
written to disk unencrypted, and memory stays at a few chunks whatever the file size.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from casevault.evidence.blobstore import BlobStore, IngestResult


class _QueueStream:
    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._buffer = b""
        self._done = False
        self.head = b""

    def read(self, n: int = -1) -> bytes:
        while not self._done and (n < 0 or len(self._buffer) < n):
            chunk = self.chunks.get()
            if chunk is None:
                self._done = True
            else:
                self._buffer += chunk
        if n < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out


class EncryptedUpload(UploadedFile):
    """What the view receives instead of a file: the stored blob's result."""

    def __init__(self, name: str, size: int, result: IngestResult, head: bytes) -> None:
        super().__init__(file=None, name=name, size=size)
        self.result = result
        self.head = head


class EncryptingUploadHandler(FileUploadHandler):
    chunk_size = 1024 * 1024

    def __init__(self, store: BlobStore, max_bytes: int, request: Any = None) -> None:
        super().__init__(request)
        self.store = store
        self.max_bytes = max_bytes
        self.error: BaseException | None = None

    def handle_raw_input(  # noqa: N803 - Django's argument names
        self, input_data: Any, META: Any, content_length: int, boundary: Any, encoding: Any = None
    ) -> None:
        # The request says it is too large: refuse at the file's first byte (the form's
        # other fields, the CSRF token among them, are read first and kept).
        if content_length and content_length > self.max_bytes + 64 * 1024:
            self.error = ValueError(
                f"the upload is {content_length} bytes, over the limit of {self.max_bytes}: "
                "nothing was stored"
            )

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        if self.error is not None:
            raise StopUpload(connection_reset=True)
        super().new_file(*args, **kwargs)
        self.stream = _QueueStream()
        self.received = 0
        self.result: IngestResult | None = None

        def run() -> None:
            try:
                self.result = self.store.ingest(self.stream, max_bytes=self.max_bytes)  # type: ignore[arg-type]
            except BaseException as exc:  # reported to the view, never swallowed
                self.error = exc
                # Drain so the producer never blocks on a full queue.
                while not self.stream._done and self.stream.chunks.get() is not None:
                    pass

        self.thread = threading.Thread(target=run, name="evidence-upload", daemon=True)
        self.thread.start()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if not self.stream.head:
            self.stream.head = raw_data[:8192]
        self.received += len(raw_data)
        self.stream.chunks.put(raw_data)
        return None

    def file_complete(self, file_size: int) -> EncryptedUpload | None:
        self.stream.chunks.put(None)
        self.thread.join()
        if self.error is not None or self.result is None:
            return None
        return EncryptedUpload(self.file_name or "upload", file_size, self.result, self.stream.head)

    def upload_interrupted(self) -> None:
        if hasattr(self, "stream"):
            self.stream.chunks.put(None)
            self.thread.join()
