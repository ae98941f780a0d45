import hashlib
from pathlib import Path

import pytest

from casevault.accounts.models import User
from casevault.audit.chain import verify
from casevault.audit.models import AuditEntry
from casevault.evidence import actions
from casevault.evidence.models import CustodyEvent, EvidenceItem

pytestmark = pytest.mark.django_db


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_adding_a_file_records_its_hash_type_and_acquisition(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    data = b"%PDF-1.4\n" + b"statement of a detainee " * 100
    item = actions.evidence_add(actor=documenter, source=_file(tmp_path, "statement.txt", data))
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.size == len(data)
    assert item.kind == "pdf" and item.extension_mismatch
    assert item.acquired_by == "documenter"
    assert [e.action for e in item.custody.all()] == ["acquire"]


def test_every_access_path_writes_a_custody_event_into_the_audit_chain(
    lawyer: User, evidence_vault: Path, tmp_path: Path
) -> None:
    item = actions.evidence_add(actor=lawyer, source=_file(tmp_path, "a.txt", b"hello evidence"))
    chunks = actions.evidence_read(actor=lawyer, item=item, reason="court filing")
    assert b"".join(chunks) == b"hello evidence"
    actions.evidence_export(actor=lawyer, item=item, dest=tmp_path / "out", reason="for the court")
    actions.evidence_verify_all(actor=lawyer)
    custody = list(item.custody.order_by("audit_seq"))
    assert [e.action for e in custody] == ["acquire", "download", "export", "verify"]
    for event in custody:
        entry = AuditEntry.objects.get(seq=event.audit_seq)
        assert entry.verb == f"evidence.{event.action}" and entry.target_id == str(item.pk)
    assert verify().ok


def test_a_download_without_a_reason_is_refused_and_not_logged(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    item = actions.evidence_add(actor=documenter, source=_file(tmp_path, "a.txt", b"x" * 10))
    with pytest.raises(actions.EvidenceError, match="reason"):
        actions.evidence_read(actor=documenter, item=item, reason="  ")
    assert item.custody.count() == 1


def test_an_empty_or_missing_file_is_refused_with_nothing_stored(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    from casevault.evidence.blobstore import EmptyFileError

    with pytest.raises(EmptyFileError):
        actions.evidence_add(actor=documenter, source=_file(tmp_path, "empty.jpg", b""))
    with pytest.raises(actions.EvidenceError, match="does not exist"):
        actions.evidence_add(actor=documenter, source=tmp_path / "nope.jpg")
    assert not EvidenceItem.objects.exists()


def test_a_file_over_the_limit_is_refused_before_anything_is_kept(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    from casevault.evidence.blobstore import TooLargeError

    with pytest.raises(TooLargeError, match="over the limit"):
        actions.evidence_add(
            actor=documenter, source=_file(tmp_path, "big.bin", b"x" * 5000), max_bytes=4096
        )
    assert not EvidenceItem.objects.exists()
    blobs = [
        p
        for p in (evidence_vault / "evidence").rglob("*")
        if p.is_file() and p.parent.name != "evidence"
    ]
    assert blobs == []


def test_a_corrupt_image_still_ingests_with_a_metadata_error(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    broken = b"\xff\xd8\xff\xe0" + b"\x00" * 50 + b"not really a jpeg"
    item = actions.evidence_add(actor=documenter, source=_file(tmp_path, "photo.jpg", broken))
    assert item.kind == "jpeg"
    assert "error" in item.file_metadata


def test_a_redacted_copy_links_to_an_original_that_stays_intact(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    text = b"Witness Aigerim Bekova saw the beating."
    original = actions.evidence_add(actor=documenter, source=_file(tmp_path, "notes.txt", text))
    start = text.decode().index("Aigerim Bekova")
    copy = actions.evidence_redact(
        actor=documenter,
        item=original,
        reason="publication",
        spans=[(start, start + len("Aigerim Bekova"))],
    )
    assert copy.redacted_from == original
    redacted = b"".join(actions.evidence_read(actor=documenter, item=copy, reason="check"))
    assert b"Aigerim" not in redacted and b"beating" in redacted
    again = b"".join(actions.evidence_read(actor=documenter, item=original, reason="check"))
    assert again == text
    assert original.custody.filter(action=CustodyEvent.Action.REDACT).exists()


def test_verification_finds_an_altered_and_a_missing_blob(
    documenter: User, evidence_vault: Path, tmp_path: Path
) -> None:
    from casevault.evidence.store import blob_store

    a = actions.evidence_add(actor=documenter, source=_file(tmp_path, "a.txt", b"first file " * 50))
    b = actions.evidence_add(
        actor=documenter, source=_file(tmp_path, "b.txt", b"second file " * 50)
    )
    store = blob_store()
    path_a = store._blob_path(a.blob_name)
    data = bytearray(path_a.read_bytes())
    data[-20] ^= 0xFF
    path_a.write_bytes(bytes(data))
    store._blob_path(b.blob_name).unlink()
    report = actions.evidence_verify_all(actor=documenter)
    assert not report.clean
    assert len(report.mismatched) == 1 and str(a.pk) in report.mismatched[0]
    assert len(report.missing) == 1 and str(b.pk) in report.missing[0]
    a.refresh_from_db()
    assert a.last_verified_ok is False
