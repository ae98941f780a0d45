"""The hash chain: each entry's HMAC covers its content and the previous entry's hash.

The HMAC key is derived from the vault's data key, so someone with write access to the
database alone (a PostgreSQL administrator, a seized-and-returned disk) cannot forge a
link; only holders of the vault key can. Verification needs the key for the same reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from casevault.audit.models import AuditEntry, AuditHead
from casevault.audit.snapshot import canonical_json
from casevault.lib.crypto import constant_time_equal, keyed_hash
from casevault.store import keyring


def _content(entry: AuditEntry) -> str:
    return canonical_json(
        [
            entry.seq,
            entry.at.isoformat(timespec="microseconds"),
            entry.actor,
            entry.verb,
            entry.target_type,
            entry.target_id,
            entry.digest,
            entry.details,
            entry.prev_hash,
        ]
    )


def link_hash(entry: AuditEntry) -> str:
    return keyed_hash(keyring.subkey("audit-chain"), _content(entry).encode("utf-8"))


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    head_hash: str
    problem: str = ""


def _entries() -> Iterator[AuditEntry]:
    return AuditEntry.objects.order_by("seq").iterator(chunk_size=2000)


def verify() -> VerifyResult:
    """Walk the whole chain; report the first entry that does not hold."""
    prev_hash, expected_seq, checked = "", 1, 0
    for entry in _entries():
        where = f"entry {entry.seq} ({entry.verb} by {entry.actor} at {entry.at:%Y-%m-%d %H:%M:%S})"
        if entry.seq != expected_seq:
            return VerifyResult(
                False,
                checked,
                prev_hash,
                f"entry {expected_seq} is missing: the chain jumps to {where}",
            )
        if not constant_time_equal(entry.prev_hash, prev_hash):
            return VerifyResult(
                False,
                checked,
                prev_hash,
                f"{where} does not link to the entry before it (deleted, inserted or reordered)",
            )
        if not constant_time_equal(entry.entry_hash, link_hash(entry)):
            return VerifyResult(
                False, checked, prev_hash, f"{where} was altered after it was written"
            )
        prev_hash, expected_seq, checked = entry.entry_hash, expected_seq + 1, checked + 1
    head = AuditHead.objects.filter(id=1).first()
    head_seq, head_hash = (head.seq, head.entry_hash) if head else (0, "")
    if head_seq != checked or not constant_time_equal(head_hash, prev_hash):
        return VerifyResult(
            False,
            checked,
            prev_hash,
            f"the chain ends at entry {checked} but its head records entry {head_seq}: "
            "entries at the end were removed or the head was altered",
        )
    return VerifyResult(True, checked, prev_hash)
