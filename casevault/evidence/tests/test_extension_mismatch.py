from __future__ import annotations

import pytest

from casevault.evidence.sniff import extension_mismatch, sniff

pytestmark = pytest.mark.pure

PDF = sniff(b"%PDF-1.4\n")
EXE = sniff(b"MZ\x90\x00")
TEXT = sniff(b"plain words\n")


def test_a_matching_extension_is_fine_in_any_case() -> None:
    assert not extension_mismatch("report.pdf", PDF)
    assert not extension_mismatch("REPORT.PDF", PDF)
    assert not extension_mismatch("notes.csv", TEXT)


def test_a_program_named_like_a_photo_is_a_mismatch() -> None:
    assert extension_mismatch("photo.jpg", EXE)


def test_a_known_extension_on_unidentified_content_is_a_mismatch() -> None:
    assert extension_mismatch("report.pdf", sniff(b"\x00\x01\x02\x03\x04"))


def test_no_extension_or_an_unfamiliar_one_says_nothing() -> None:
    assert not extension_mismatch("README", PDF)
    assert not extension_mismatch("capture.warc", TEXT)
