"""Browser tests: a real ``casevault serve`` on a fresh vault, driven by Debian's Chromium.

pytest-django's live_server is not used: it empties tables with DELETE/TRUNCATE between
tests, which the audit log's triggers refuse.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from casevault.testing import PASSWORD, Cli

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[4] / "test-artifacts"


@dataclass
class Server:
    url: str
    vault: Path
    username: str
    password: str
    cli: Cli


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"casevault serve exited with {proc.returncode}:\n{err}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own local server
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"casevault serve did not answer at {url} within {timeout} s")


@pytest.fixture
def server(cli: Cli) -> Iterator[Server]:
    """A vault with one documenter ("monitor"), served on a free port for this test."""
    vault = cli.init()
    cli.ok(
        "user", "add", vault, "monitor", "--role", "documenter",
        env={"CASEVAULT_USER_PASSWORD": PASSWORD},
    )  # fmt: skip
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "casevault.cli", "serve", str(vault), "--port", str(port)],
        env=cli.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the workers stop with it
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/accounts/login/", proc)
        yield Server(url=url, vault=vault, username="monitor", password=PASSWORD, cli=cli)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    # Module scope, not session: while Playwright's loop lives, Django refuses ORM calls
    # in this process, and later database tests on the same worker would fail.
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Browsing:
    """A page plus what a test needs around it: screenshots and CSP violations."""

    page: Any
    name: str
    shots: list[Path] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def snap(self, label: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        safe = re.sub(r"[^a-z0-9-]+", "-", f"{self.name}-{len(self.shots) + 1:02d}-{label}".lower())
        path = ARTIFACTS / f"{safe}.png"
        self.page.screenshot(path=str(path), full_page=True)
        self.shots.append(path)
        return path


@pytest.fixture
def browsing(chromium: Any, request: pytest.FixtureRequest) -> Iterator[Browsing]:
    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    browsing = Browsing(page=page, name=request.node.name)
    page.on(
        "console",
        lambda msg: browsing.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    try:
        yield browsing
    finally:
        browsing.snap("last")
        context.close()
