"""Test set-up shared by every app: the backend under test, a data key, vocabularies.

The suite runs twice in CI: on SQLCipher (default) and on PostgreSQL (DATABASE_URL set).
"""

from __future__ import annotations

import os

import pytest

from casevault.lib.crypto import random_key
from casevault.store import keyring

# The test process's vault key: SQLCipher test databases are encrypted with it.
keyring.set_data_key(random_key())
os.environ.setdefault("CASEVAULT_INSECURE_FAST_KDF", "1")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    from casevault.store.setup import vault_prepare

    with django_db_blocker.unblock():
        vault_prepare()


def pytest_report_header(config: pytest.Config) -> str:
    backend = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLCipher"
    return f"casevault database backend: {backend}"


pytest_plugins = ["casevault.testing"]
