from casevault.accounts.tests.conftest import (  # noqa: F401 - the same fixtures here
    delays,
    quick_password_hashes,
)
