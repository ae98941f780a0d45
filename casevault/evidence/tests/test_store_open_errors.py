from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyrage import x25519

from casevault.evidence.blobstore import (
    BlobStore,
    StoreCorruptError,
    StoreExistsError,
    StoreNotFoundError,
    WrongKeyError,
)
from casevault.lib.crypto import random_key

from .support import data_key_fixture, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure


def test_opening_a_missing_store_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match=str(tmp_path / "nowhere")):
        BlobStore.open(tmp_path / "nowhere", random_key())


def test_a_wrong_key_is_refused_and_nothing_changes(store: BlobStore) -> None:
    store.ingest(io.BytesIO(b"x"))
    before = {p: p.read_bytes() for p in store.root.rglob("*") if p.is_file()}
    with pytest.raises(WrongKeyError, match="nothing was changed"):
        BlobStore.open(store.root, random_key())
    assert before == {p: p.read_bytes() for p in store.root.rglob("*") if p.is_file()}


def test_a_swapped_recipient_is_detected(store: BlobStore, data_key: bytes) -> None:
    # An attacker who edits store.json must not redirect future evidence to their key.
    marker = store.root / "store.json"
    content = json.loads(marker.read_text())
    content["recipient"] = str(x25519.Identity.generate().to_public())
    marker.write_text(json.dumps(content))
    with pytest.raises(StoreCorruptError, match="altered"):
        BlobStore.open(store.root, data_key)


def test_a_missing_identity_is_reported(store: BlobStore, data_key: bytes) -> None:
    (store.root / "identity.sealed").unlink()
    with pytest.raises(StoreCorruptError, match="identity.sealed is missing"):
        BlobStore.open(store.root, data_key)


def test_creating_over_an_existing_store_is_refused(store: BlobStore, data_key: bytes) -> None:
    with pytest.raises(StoreExistsError):
        BlobStore.create(store.root, data_key)


def test_the_identity_secret_is_not_stored_in_clear(store: BlobStore) -> None:
    for path in store.root.rglob("*"):
        if path.is_file():
            assert b"AGE-SECRET-KEY" not in path.read_bytes()
