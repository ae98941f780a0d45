from __future__ import annotations

import gc
from argparse import ArgumentParser
from typing import Any

from django.core.wsgi import get_wsgi_application
from django.db import connections
from gunicorn.app.base import BaseApplication

from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class _Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return get_wsgi_application()


def _close_connections_before_fork(server: Any, worker: Any) -> None:
    # A SQLite connection must never be shared by two processes.
    connections.close_all()
    # Everything loaded so far (Django, our code, the vocabularies) lives as long as the
    # server: the garbage collector need not walk it again in every worker.
    gc.freeze()


# Requests a worker serves before what they loaded (templates, translation catalogs, URL
# patterns) is frozen out of the garbage collector's sight too.
WARM_UP_REQUESTS = 50


def _freeze_after_warm_up(worker: Any, req: Any, environ: Any, resp: Any) -> None:
    """Keep full garbage collections short once a worker is warm.

    A full collection walks every object the worker holds; with Django and the vault's
    caches loaded that took 60-80 ms, and it struck about one request in fifty: a page
    that happened to trigger it was that much slower (the p99 of the page benchmark). After
    ``gc.freeze()`` a full collection walks only what was made since.
    """
    served = getattr(worker, "casevault_served", 0) + 1
    worker.casevault_served = served
    if served == WARM_UP_REQUESTS:
        gc.collect()
        gc.freeze()


class Command(VaultCommand):
    help = "Serve the web workspace. The vault is unlocked once, before workers start."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        from casevault.web.i18n import compile_catalogs

        # A checkout updated without `make install` still serves current translations.
        compile_catalogs()
        connections.close_all()
        address = f"{options['host']}:{options['port']}"
        self.stdout.write(f"CaseVault serving {vault.path} at http://{address}/ (Ctrl-C stops it)")
        self.stdout.flush()
        _Server(
            {
                "bind": address,
                "workers": options["workers"],
                "preload_app": True,
                "pre_fork": _close_connections_before_fork,
                "post_request": _freeze_after_warm_up,
                "accesslog": None,
                "errorlog": "-",
                "loglevel": "warning",
                "timeout": 120,
            }
        ).run()
