"""Uploads through the web: encrypted as they arrive, refused early when too large."""

import tempfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.evidence.models import EvidenceItem
from casevault.records.models import Case
from casevault.testing import case

pytestmark = pytest.mark.django_db

CANARY = b"CANARY-UPLOAD-a91f-Dinara-Seitkali-statement"


@pytest.fixture
def scratch(tmp_path: Path, settings, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """Every place a temporary file could land, pointed at one folder we can search."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(scratch)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return scratch


@pytest.fixture
def the_case(coordinator: User) -> Case:
    return case(coordinator, title="Search of the chair's house")


def _upload(client: Client, the_case: Case, data: bytes, name: str = "statement.txt"):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("evidence:upload", args=[the_case.pk]),
        {
            "file": SimpleUploadedFile(name, data),
            "description": "",
            "confidentiality": "restricted",
        },
    )


def test_an_upload_is_stored_encrypted_and_no_plaintext_touches_disk(
    client: Client, coordinator: User, the_case: Case, evidence_vault: Path, scratch: Path
) -> None:
    client.force_login(coordinator)
    data = CANARY * 200_000  # about 9 MB: larger than Django's in-memory upload limit
    response = _upload(client, the_case, data)
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert item.size == len(data) and item.case == the_case
    for path in [*evidence_vault.rglob("*"), *scratch.rglob("*")]:
        if path.is_file():
            assert CANARY not in path.read_bytes(), path
    detail = client.get(reverse("evidence:detail", args=[item.pk]))
    assert item.sha256 in detail.content.decode()


def test_an_upload_over_the_limit_is_refused_with_nothing_stored(
    client: Client, coordinator: User, the_case: Case, evidence_vault: Path, scratch: Path, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.CASEVAULT_UPLOAD_LIMIT = 10_000
    client.force_login(coordinator)
    # Just over the limit: refused while streaming. Far over: refused before reading.
    for size in (50_000, 500_000):
        response = _upload(client, the_case, b"x" * size)
        assert response.status_code == 400
        text = response.content.decode()
        assert "limit of 10000" in text and "nothing was stored" in text
    assert not EvidenceItem.objects.exists()
    stored = [
        p
        for p in (evidence_vault / "evidence").rglob("*")
        if p.is_file() and p.suffix not in {".json", ".sealed"}
    ]
    assert all(p.stat().st_size == 0 or p.name in {"identity.sealed", "store.json"} for p in stored)


def test_a_download_needs_a_reason_and_is_logged(
    client: Client, coordinator: User, the_case: Case, evidence_vault: Path, scratch: Path
) -> None:
    client.force_login(coordinator)
    _upload(client, the_case, b"the statement itself")
    item = EvidenceItem.objects.get()
    refused = client.post(reverse("evidence:download", args=[item.pk]), {"reason": ""})
    assert refused.status_code == 302
    ok = client.post(reverse("evidence:download", args=[item.pk]), {"reason": "for the lawyer"})
    assert ok.status_code == 200
    assert b"".join(ok.streaming_content) == b"the statement itself"  # type: ignore[attr-defined]
    assert "statement" not in ok["Content-Disposition"]
    assert list(item.custody.values_list("action", "reason")) == [
        ("acquire", ""),
        ("download", "for the lawyer"),
    ]


@pytest.mark.parametrize(
    ("persona", "expected"), [("analyst", 403), ("outsider", 404), ("editor", 404)]
)
def test_only_people_who_may_add_to_the_case_can_upload(
    request: pytest.FixtureRequest,
    client: Client,
    the_case: Case,
    evidence_vault: Path,
    persona: str,
    expected: int,
) -> None:
    user = request.getfixturevalue(persona)
    client.force_login(user)
    if persona == "analyst":
        from casevault.accounts.models import CaseGrant

        CaseGrant.objects.create(user=user, case=the_case, can_edit=True)
    response = _upload(client, the_case, b"data")
    assert response.status_code == expected
    assert not EvidenceItem.objects.exists()
