from collections.abc import Iterator

import pytest

from casevault.linkage import actions


@pytest.fixture(autouse=True)
def _no_cached_runs() -> Iterator[None]:
    # Runs are cached per process; a test must not see another test's model.
    actions.forget_runs()
    yield
    actions.forget_runs()
