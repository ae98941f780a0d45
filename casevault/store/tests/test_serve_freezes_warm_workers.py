"""A served worker freezes what it has loaded once warm, so full collections stay short."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from casevault.store.management.commands import serve

pytestmark = pytest.mark.pure


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_worker_freezes_once_after_its_warm_up_requests(unfrozen: None) -> None:
    worker = SimpleNamespace()
    for _ in range(serve.WARM_UP_REQUESTS - 1):
        serve._freeze_after_warm_up(worker, None, {}, None)
    assert gc.get_freeze_count() == 0
    serve._freeze_after_warm_up(worker, None, {}, None)
    frozen = gc.get_freeze_count()
    assert frozen > 0
    # Later requests freeze nothing more: what they make stays collectable.
    leftovers = [[n] for n in range(1000)]
    for _ in range(10):
        serve._freeze_after_warm_up(worker, None, {}, None)
    assert gc.get_freeze_count() == frozen
    assert leftovers


def test_gunicorn_accepts_both_hooks_as_written() -> None:
    # gunicorn checks a hook's arguments when it is set, and refuses a wrong signature.
    from gunicorn.config import Config

    config = Config()
    config.set("post_request", serve._freeze_after_warm_up)
    config.set("pre_fork", serve._close_connections_before_fork)
    assert config.post_request is serve._freeze_after_warm_up
