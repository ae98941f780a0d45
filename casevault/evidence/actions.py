"""Writes to the evidence store: acquire, read, export, verify, redact.

The order is always: blob first (written, fsynced, renamed), then the row and its custody
event in one transaction. A crash in between leaves an unreferenced encrypted blob and no
row; nothing half-made is ever visible, and re-running the ingest finds the blob again.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.audit.snapshot import model_label
from casevault.evidence import redact as redaction
from casevault.evidence.blobstore import EvidenceStoreError
from casevault.evidence.metadata import read_metadata
from casevault.evidence.models import Capture, CustodyEvent, EvidenceItem
from casevault.evidence.sniff import extension_mismatch, sniff, sniff_file
from casevault.evidence.store import blob_store
from casevault.lib.levels import Level
from casevault.records.actions.common import require_change
from casevault.records.models import Case


class EvidenceError(ValueError):
    """Input a user can fix; the message says what to do."""


@dataclass(frozen=True)
class CaptureInfo:
    url: str
    captured_at: datetime
    collector: str
    tool: str = ""
    tool_version: str = ""
    platform: str = ""
    platform_ids: dict[str, str] = field(default_factory=dict)
    artefact_kind: str = "other"  # screenshot, html, media, warc, wacz, other


def _custody(
    actor: User, item: EvidenceItem, action: str, reason: str = "", **details: Any
) -> CustodyEvent:
    entry = audit.record(
        actor=actor,
        verb=f"evidence.{action}",
        target=item,
        details={"reason": reason, **details} if reason else details,
        revision=action == CustodyEvent.Action.ACQUIRE,
    )
    return CustodyEvent.objects.create(
        item=item,
        at=entry.at,
        actor=entry.actor,
        action=action,
        reason=reason,
        details=details,
        audit_seq=entry.seq,
    )


def evidence_add(
    *,
    actor: User,
    source: Path,
    case: Case | None = None,
    record: models.Model | None = None,
    description: str = "",
    capture: CaptureInfo | None = None,
    confidentiality: str = Level.RESTRICTED,
    max_bytes: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvidenceItem:
    """Encrypt a file into the vault and record its acquisition."""
    probe = EvidenceItem(confidentiality=Level(confidentiality))
    require(actor, "evidence.add", probe)
    if case is not None:
        require_change(actor, case)
    source = Path(source)
    if not source.is_file():
        raise EvidenceError(f"{source} does not exist or is not a file: check the path")
    sniffed = sniff_file(source)
    file_metadata = read_metadata(source, sniffed=sniffed)
    limit = max_bytes if max_bytes is not None else settings.CASEVAULT_UPLOAD_LIMIT
    result = blob_store().ingest(source, max_bytes=limit, progress=progress)
    return _record_item(
        actor=actor,
        name=source.name,
        result_sha256=result.sha256,
        blob_name=result.blob_name,
        size=result.size,
        mime=sniffed.mime,
        kind=sniffed.kind,
        mismatch=extension_mismatch(source.name, sniffed),
        file_metadata=file_metadata,
        case=case,
        record=record,
        description=description,
        capture=capture,
        confidentiality=confidentiality,
        deduplicated=result.deduplicated,
    )


def evidence_add_stream(
    *,
    actor: User,
    stream: io.BufferedIOBase | Any,
    name: str,
    case: Case | None = None,
    description: str = "",
    confidentiality: str = Level.RESTRICTED,
    max_bytes: int | None = None,
) -> EvidenceItem:
    """As ``evidence_add``, from a stream (a web upload); the plaintext never touches disk."""
    require(actor, "evidence.add", EvidenceItem(confidentiality=Level(confidentiality)))
    if case is not None:
        require_change(actor, case)
    head = stream.read(8192)
    sniffed = sniff(head)
    limit = max_bytes if max_bytes is not None else settings.CASEVAULT_UPLOAD_LIMIT
    result = blob_store().ingest(_Prepend(head, stream), max_bytes=limit)  # type: ignore[arg-type]
    with blob_store().open_plaintext(result.blob_name) as plain:
        file_metadata = read_metadata(plain.read(16 * 1024 * 1024), sniffed=sniffed)
    return _record_item(
        actor=actor,
        name=name,
        result_sha256=result.sha256,
        blob_name=result.blob_name,
        size=result.size,
        mime=sniffed.mime,
        kind=sniffed.kind,
        mismatch=extension_mismatch(name, sniffed),
        file_metadata=file_metadata,
        case=case,
        record=None,
        description=description,
        capture=None,
        confidentiality=confidentiality,
        deduplicated=result.deduplicated,
    )


class _Prepend:
    """A stream that first returns bytes already read (for sniffing), then the rest."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head, self._rest = head, rest

    def read(self, n: int = -1) -> bytes:
        if self._head:
            if n < 0 or n >= len(self._head):
                out, self._head = self._head, b""
                more = self._rest.read(-1 if n < 0 else n - len(out))
                return out + (more or b"")
            out, self._head = self._head[:n], self._head[n:]
            return out
        data: bytes = self._rest.read(n)
        return data


def _record_item(
    *,
    actor: User,
    name: str,
    result_sha256: str,
    blob_name: str,
    size: int,
    mime: str,
    kind: str,
    mismatch: bool,
    file_metadata: dict[str, Any],
    case: Case | None,
    record: models.Model | None,
    description: str,
    capture: CaptureInfo | None,
    confidentiality: str,
    deduplicated: bool,
    redacted_from: EvidenceItem | None = None,
) -> EvidenceItem:
    now = timezone.now()
    with transaction.atomic():
        capture_row = None
        if capture is not None:
            capture_row = Capture.objects.create(
                url=capture.url,
                platform=capture.platform,
                platform_ids=capture.platform_ids,
                captured_at=capture.captured_at,
                collector=capture.collector,
                tool=capture.tool,
                tool_version=capture.tool_version,
            )
        item = EvidenceItem(
            case=case,
            record_type=model_label(record) if record is not None else "",
            record_id=str(record.pk) if record is not None else "",
            original_name=name[:500],
            content_type=mime,
            kind=kind,
            extension_mismatch=mismatch,
            size=size,
            sha256=result_sha256,
            blob_name=blob_name,
            acquired_at=now,
            acquired_by=getattr(actor, "username", str(actor)),
            description=description,
            file_metadata=file_metadata,
            redacted_from=redacted_from,
            capture=capture_row,
            artefact_kind=capture.artefact_kind if capture is not None else "",
            confidentiality=Level(confidentiality),
        )
        item.save(force_insert=True)
        _custody(
            actor,
            item,
            CustodyEvent.Action.ACQUIRE,
            sha256=result_sha256,
            size=size,
            deduplicated=deduplicated,
        )
    return item


def evidence_read(
    *, actor: User, item: EvidenceItem, reason: str, action: str = CustodyEvent.Action.DOWNLOAD
) -> Iterator[bytes]:
    """The plaintext in chunks, after writing the custody event that says who and why."""
    require(actor, "records.view", item)
    if action in (CustodyEvent.Action.DOWNLOAD, CustodyEvent.Action.EXPORT) and not reason.strip():
        raise EvidenceError("say why you need this file: a reason is required to download it")
    with transaction.atomic():
        _custody(actor, item, action, reason)
    return blob_store().read_chunks(item.blob_name)


def _export_stem(item: EvidenceItem) -> str:
    # Exported file names never carry the original name: it may name a victim.
    return f"evidence-{str(item.pk)[:8]}"


def evidence_export(
    *,
    actor: User,
    item: EvidenceItem,
    dest: Path,
    reason: str,
    recipient: str | None = None,
    stripped_copy: bool = True,
) -> list[Path]:
    """Original (plain or as an age file to ``recipient``), a metadata-stripped copy, and a
    custody report, into folder ``dest``."""
    require(actor, "records.view", item)
    if not reason.strip():
        raise EvidenceError("say why this file is exported: a reason is required")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    store = blob_store()
    ext = Path(item.original_name).suffix.lower() or ".bin"
    stem = _export_stem(item)
    written: list[Path] = []
    original = dest / (f"{stem}{ext}.age" if recipient else f"{stem}{ext}")
    with transaction.atomic():
        _custody(
            actor,
            item,
            CustodyEvent.Action.EXPORT,
            reason,
            to_recipient=bool(recipient),
            files=[original.name],
        )
    try:
        store.export_age(item.blob_name, original, recipient)
    except EvidenceStoreError as exc:
        raise EvidenceError(str(exc)) from exc
    written.append(original)
    # Stripping works on the whole file in memory: only for sizes where that is sane.
    if stripped_copy and item.size <= 256 * 1024 * 1024:
        with store.open_plaintext(item.blob_name) as plain:
            data = plain.read()
        try:
            clean = redaction.strip_metadata(data, item.kind)
        except (redaction.RedactionError, ValueError):
            clean = None
        if clean is not None:
            path = dest / f"{stem}.stripped{ext}"
            path.write_bytes(clean)
            written.append(path)
    from casevault.evidence.report import write_custody_report

    written.extend(write_custody_report(item, dest / f"{stem}.custody"))
    return written


@dataclass
class VerifyReport:
    checked: int = 0
    ok: int = 0
    mismatched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.mismatched and not self.missing


def evidence_verify_all(
    *, actor: User, progress: Callable[[int], None] | None = None
) -> VerifyReport:
    """Re-hash every item; record the result on the item and in its custody chain."""
    require(actor, "records.view")
    store = blob_store()
    report = VerifyReport()
    for item in EvidenceItem.objects.order_by("acquired_at").iterator(500):
        report.checked += 1
        if not store.exists(item.blob_name):
            ok, problem = False, "missing"
            report.missing.append(f"{item.pk} ({item.original_name})")
        else:
            ok = store.verify(item.blob_name, item.sha256)
            problem = "" if ok else "hash mismatch"
            if ok:
                report.ok += 1
            else:
                report.mismatched.append(f"{item.pk} ({item.original_name})")
        with transaction.atomic():
            item.last_verified_at, item.last_verified_ok = timezone.now(), ok
            item.save(update_fields=["last_verified_at", "last_verified_ok"])
            _custody(actor, item, CustodyEvent.Action.VERIFY, ok=ok, problem=problem)
        if progress:
            progress(1)
    return report


def evidence_redact(
    *,
    actor: User,
    item: EvidenceItem,
    reason: str,
    boxes: list[tuple[int, int, int, int]] | None = None,
    spans: list[tuple[int, int]] | None = None,
    phrases: list[str] | None = None,
) -> EvidenceItem:
    """A redacted working copy, stored as a new item linked to the untouched original."""
    require(actor, "evidence.add", item)
    if not reason.strip():
        raise EvidenceError("say why this copy is redacted: a reason is required")
    with blob_store().open_plaintext(item.blob_name) as plain:
        data = plain.read()
    try:
        if item.kind in {"jpeg", "png", "gif", "webp", "tiff", "bmp"}:
            result: redaction.Redacted = redaction.redact_image(data, boxes or [])
        elif item.kind == "pdf":
            result = redaction.redact_pdf(data, phrases or [])
        elif item.kind in {"text", "html", "markdown", "csv"}:
            result = redaction.redact_text_bytes(data, spans or [])
        else:
            raise EvidenceError(f"files of type {item.kind} cannot be redacted here")
    except redaction.RedactionError as exc:
        raise EvidenceError(str(exc)) from exc
    stored = blob_store().ingest(io.BytesIO(result.data))  # type: ignore[arg-type]
    stem = Path(item.original_name).stem
    copy = _record_item(
        actor=actor,
        name=f"{stem}.redacted.{result.extension}",
        result_sha256=stored.sha256,
        blob_name=stored.blob_name,
        size=stored.size,
        mime=result.mime,
        kind=sniff(result.data[:8192]).kind,
        mismatch=False,
        file_metadata={"redaction_notes": list(result.notes)},
        case=item.case,
        record=None,
        description=f"Redacted copy of {item.original_name}: {reason}",
        capture=None,
        confidentiality=item.confidentiality,
        deduplicated=stored.deduplicated,
        redacted_from=item,
    )
    with transaction.atomic():
        _custody(actor, item, CustodyEvent.Action.REDACT, reason, copy=str(copy.pk))
    return copy


def evidence_record_upload(
    *,
    actor: User,
    upload: Any,
    case: Case | None,
    description: str = "",
    confidentiality: str = Level.RESTRICTED,
) -> EvidenceItem:
    """Record an upload that ``EncryptingUploadHandler`` already stored, encrypted."""
    require(actor, "evidence.add", EvidenceItem(confidentiality=Level(confidentiality)))
    if case is not None:
        require_change(actor, case)
    sniffed = sniff(upload.head)
    with blob_store().open_plaintext(upload.result.blob_name) as plain:
        # Metadata sits at the start of the files that carry it; read at most 16 MiB.
        file_metadata = read_metadata(plain.read(16 * 1024 * 1024), sniffed=sniffed)
    return _record_item(
        actor=actor,
        name=upload.name,
        result_sha256=upload.result.sha256,
        blob_name=upload.result.blob_name,
        size=upload.result.size,
        mime=sniffed.mime,
        kind=sniffed.kind,
        mismatch=extension_mismatch(upload.name, sniffed),
        file_metadata=file_metadata,
        case=case,
        record=None,
        description=description,
        capture=None,
        confidentiality=confidentiality,
        deduplicated=upload.result.deduplicated,
    )
