"""Load: 20 web clients (5 writers, 15 readers) against `casevault serve` for a while.

Each client signs in through the login form like a browser (cookies, CSRF token). Writers
create events through the event form (records/events/new/), each with a unique title, and
remember every one the server acknowledged (a redirect to the new event). Readers fetch
the home page and the case, people and place lists. Afterwards every acknowledged title
must be in the vault. Runs on the SQLCipher vault, and on PostgreSQL when DATABASE_URL
names a server (a fresh database is created beside it).

    python bench/load.py [--seconds 600] [--quick] [--backend sqlcipher|postgresql|both]

Prints one JSON object per backend; the last line is the summary of all.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

PASSPHRASE = "load benchmark passphrase"  # noqa: S105 - a throwaway bench vault
PASSWORD = "load-benchmark-password-1"  # noqa: S105 - throwaway bench users
# `casevault serve`, with one work-around: on gunicorn 27 its pre_fork hook `(*_)` fails
# gunicorn's arity check ("Value must have an arity of: 2"); give it a two-argument hook.
SERVE = """
import sys
from django.db import connections
import casevault.store.management.commands.serve as serve
def close_before_fork(server, worker):
    connections.close_all()
serve._close_connections_before_fork = close_before_fork
from casevault.cli import main
main(["serve", sys.argv[1], "--port", sys.argv[2], "--workers", "4"])
"""
READ_PATHS = ["/", "/records/cases/", "/records/people/", "/records/places/"]


def cli(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "casevault.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"casevault {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def py(code: str, vault: Path, env: dict[str, str]) -> str:
    prelude = (
        "import os, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'casevault.settings')\n"
        "django.setup()\nfrom pathlib import Path\nfrom casevault.store import vault as vaults\n"
        f"vaults.unlock(Path({str(vault)!r}), os.environ['CASEVAULT_PASSPHRASE'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", prelude + code],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Client:
    def __init__(self, base: str, username: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )
        self.username = username

    def _csrf(self) -> str:
        return next((c.value or "" for c in self.jar if c.name == "csrftoken"), "")

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=60) as resp:
                resp.read()
                return resp.status, path
        except urllib.error.HTTPError as exc:
            return exc.code, f"{path} -> {exc.headers.get('Location', '')}"
        except OSError as exc:
            return 0, f"{path}: {exc}"

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        fields = {"csrfmiddlewaretoken": self._csrf(), **fields}
        req = urllib.request.Request(  # noqa: S310 - http://127.0.0.1 only
            self.base + path,
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Referer": self.base + path, "X-CSRFToken": self._csrf()},
        )
        try:
            with self.opener.open(req, timeout=60) as resp:
                return resp.status, resp.headers.get("Location", "")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("Location", "") or exc.read().decode(errors="replace")[
                :200
            ]

    def login(self) -> None:
        self.get("/accounts/login/")
        status, where = self.post(
            "/accounts/login/", {"username": self.username, "password": PASSWORD}
        )
        if status != 302 or "2fa" in where:
            raise SystemExit(f"login of {self.username} failed ({status} {where})")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def run_backend(backend: str, seconds: float, workdir: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEVAULT_", "DJANGO_"))}
    env.update(CASEVAULT_PASSPHRASE=PASSPHRASE, CASEVAULT_INSECURE_FAST_KDF="1")
    dbname = None
    if backend == "postgresql":
        import psycopg

        base_url = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        dbname = f"casevault_load_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"{base_url}/{dbname}"
    else:
        env.pop("DATABASE_URL", None)
    vault = workdir / f"vault-{backend}"
    cli("demo", str(vault), env=env)
    names = [f"load{i}" for i in range(20)]
    py(
        "from casevault.accounts.actions import system_actor, user_create\n"
        + "".join(
            f"user_create(actor=system_actor(), username={n!r}, role='documenter', "
            f"password={PASSWORD!r}, clearance='restricted')\n"
            for n in names
        ),
        vault,
        env,
    )
    port = free_port()
    log = workdir / f"serve-{backend}.log"
    with open(log, "w") as log_fh:  # a pipe nobody reads would stall the server when full
        server = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(vault), str(port)],
            env=env,
            stdout=log_fh,
            stderr=log_fh,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # a loaded machine starts gunicorn slowly
        while True:
            if server.poll() is not None:
                raise SystemExit(f"casevault serve exited: {log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(base + "/accounts/login/", timeout=5)  # noqa: S310
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise SystemExit("casevault serve did not answer within 300 s") from None
                time.sleep(0.2)
        latencies: list[float] = []
        errors: list[str] = []
        acknowledged: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def work(name: str, writer: bool) -> None:
            client = Client(base, name)
            try:
                client.login()
            except (SystemExit, OSError) as exc:
                with lock:
                    errors.append(f"{name}: login failed: {exc}"[:200])
                return
            i = 0
            while time.monotonic() < stop:
                i += 1
                t0 = time.perf_counter()
                if writer:
                    title = f"load-{name}-{i}-{uuid.uuid4().hex[:6]}"
                    status, where = client.post(
                        "/records/events/new/",
                        {
                            "title": title,
                            "date": "2019-01",
                            "confidentiality": "internal",
                            "description": "written by bench/load.py",
                        },
                    )
                    ok = status == 302 and "/records/events/" in where
                else:
                    status, where = client.get(READ_PATHS[i % len(READ_PATHS)])
                    ok = status == 200
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if not ok:
                        errors.append(f"{name}: {status} {where}"[:200])
                    elif writer:
                        acknowledged.append(title)

        threads = [
            threading.Thread(target=work, args=(n, i < 5), daemon=True) for i, n in enumerate(names)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        duration = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    found = set(
        py(
            "from casevault.records.models import Event\n"
            "print('\\n'.join(Event.objects.filter(title__startswith='load-')"
            ".values_list('title', flat=True)))",
            vault,
            env,
        ).split()
    )
    lost = [t for t in acknowledged if t not in found]
    ordered = sorted(latencies)

    def pct(p: float) -> float | None:
        if not ordered:
            return None
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)

    if dbname:
        import psycopg

        with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
    return {
        "backend": backend,
        "clients": 20,
        "writers": 5,
        "seconds": round(duration, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / duration, 1),
        "writes_acknowledged": len(acknowledged),
        "lost_writes": len(lost),
        "errors": len(errors),
        "first_errors": errors[:3],
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--quick", action="store_true", help="30 seconds")
    parser.add_argument("--backend", choices=["sqlcipher", "postgresql", "both"], default="both")
    args = parser.parse_args()
    seconds = 30.0 if args.quick else args.seconds
    backends = ["sqlcipher", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/casevault"
    results = []
    with tempfile.TemporaryDirectory(prefix="cvload-bench-") as tmp:
        for backend in backends:
            result = run_backend(backend, seconds, Path(tmp))
            print(json.dumps(result), flush=True)
            results.append(result)
    ok = all(r["errors"] == 0 and r["lost_writes"] == 0 for r in results)
    print(json.dumps({"benchmark": "load", "ok": ok, "results": results}))


if __name__ == "__main__":
    main()
