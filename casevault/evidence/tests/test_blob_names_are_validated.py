from __future__ import annotations

import pytest

from casevault.evidence.blobstore import BlobNotFoundError, BlobStore, InvalidBlobNameError

from .support import data_key_fixture, store_fixture  # noqa: F401 - fixtures

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    "name", ["../store.json", "ab/../../x", "", "A" * 64, "0" * 63, "0" * 64 + "/x", "0" * 65]
)
def test_it_refuses_anything_but_64_hex_digits(store: BlobStore, name: str) -> None:
    with pytest.raises(InvalidBlobNameError):
        store.exists(name)
    with pytest.raises(InvalidBlobNameError):
        store.read_chunks(name)


def test_a_missing_blob_says_so(store: BlobStore) -> None:
    assert not store.exists("0" * 64)
    with pytest.raises(BlobNotFoundError, match="missing"):
        store.read_chunks("0" * 64)
