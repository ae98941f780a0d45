"""Named personas for access stories, and small factories for records.

A persona is a user with a role; "outsider" is a documenter with no case grants and
internal clearance, who must not learn that restricted records exist.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casevault.accounts.actions import system_actor, user_create
from casevault.accounts.models import Role, User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.records.models import Case, Event, Person

PERSONAS: dict[str, tuple[str, str]] = {
    "documenter": (Role.DOCUMENTER, Level.RESTRICTED),
    "lawyer": (Role.LAWYER, Level.RESTRICTED),
    "analyst": (Role.ANALYST, Level.INTERNAL),
    "editor": (Role.EDITOR, Level.INTERNAL),
    "coordinator": (Role.COORDINATOR, Level.SECRET),
    "admin": (Role.ADMIN, Level.SECRET),
    "outsider": (Role.DOCUMENTER, Level.INTERNAL),
}

PASSWORD = "persona-password-1234"  # noqa: S105 - test-only persona password


def make_persona(name: str) -> User:
    role, clearance = PERSONAS[name]
    return user_create(
        actor=system_actor(), username=name, role=role, password=PASSWORD, clearance=clearance
    )


@pytest.fixture
def system(db: None) -> User:
    return system_actor()


@pytest.fixture
def documenter(db: None) -> User:
    return make_persona("documenter")


@pytest.fixture
def lawyer(db: None) -> User:
    return make_persona("lawyer")


@pytest.fixture
def analyst(db: None) -> User:
    return make_persona("analyst")


@pytest.fixture
def editor(db: None) -> User:
    return make_persona("editor")


@pytest.fixture
def coordinator(db: None) -> User:
    return make_persona("coordinator")


@pytest.fixture
def admin(db: None) -> User:
    return make_persona("admin")


@pytest.fixture
def outsider(db: None) -> User:
    return make_persona("outsider")


def person(actor: User, *names: str, **fields: object) -> Person:
    return actions.person_create(actor=actor, names=list(names) or ["Test Person"], **fields)  # type: ignore[arg-type]


def event(actor: User, title: str = "Test event", date: str = "2018-10", **fields: object) -> Event:
    return actions.event_create(actor=actor, title=title, date=FuzzyDate.parse(date), **fields)  # type: ignore[arg-type]


def case(actor: User, title: str = "Test case", **fields: object) -> Case:
    return actions.case_create(actor=actor, title=title, **fields)  # type: ignore[arg-type]


# --- Running the real `casevault` command in a subprocess -------------------------------


PASSPHRASE = "test passphrase for a vault"  # noqa: S105 - test-only


@dataclass
class Cli:
    """Runs ``casevault`` as a user would, against a fresh vault folder (and, in server
    mode, a fresh PostgreSQL database of its own)."""

    tmp: Path
    env: dict[str, str] = field(default_factory=dict)
    extra_databases: list[str] = field(default_factory=list)

    def second_vault_env(self) -> dict[str, str]:
        """Environment for a second, independent vault: in server mode its own database."""
        url = self.env.get("DATABASE_URL")
        if not url:
            return {}
        import psycopg

        name = f"casevault_cli_{uuid.uuid4().hex[:12]}"
        base = url.rsplit("/", 1)[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.extra_databases.append(name)
        return {"DATABASE_URL": f"{base}/{name}"}

    @property
    def vault(self) -> Path:
        return self.tmp / "vault"

    def run(
        self, *args: str | Path, input: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casevault.cli", *map(str, args)],
            capture_output=True,
            text=True,
            input=input,
            env={**self.env, **(env or {})},
            timeout=300,
            check=False,
        )

    def ok(self, *args: str | Path, env: dict[str, str] | None = None) -> str:
        done = self.run(*args, env=env)
        assert done.returncode == 0, f"casevault {args} failed:\n{done.stderr}"
        return done.stdout

    def python(self, code: str) -> subprocess.Popen[str]:
        """Start Python with Django set up and the vault unlocked as ``vault``."""
        prelude = (
            "import os, django\n"
            "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'casevault.settings')\n"
            "django.setup()\n"
            "from pathlib import Path\n"
            "from casevault.store import vault as vaults\n"
            f"vault = vaults.unlock(Path({str(self.vault)!r}), os.environ['CASEVAULT_PASSPHRASE'])\n"
        )
        return subprocess.Popen(
            [sys.executable, "-c", prelude + code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
        )

    def python_ok(self, code: str) -> str:
        proc = self.python(code)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        return out

    def init(self) -> Path:
        self.ok("init", self.vault)
        return self.vault


def _postgres_url() -> str | None:
    return os.environ.get("DATABASE_URL")


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CASEVAULT_", "DJANGO_", "PYTEST_"))
    }
    env.update(
        CASEVAULT_PASSPHRASE=PASSPHRASE,
        CASEVAULT_INSECURE_FAST_KDF="1",
        TMPDIR=str(tmp_path / "tmp"),
    )
    (tmp_path / "tmp").mkdir()
    url = _postgres_url()
    dbname = None
    if url:
        import psycopg

        dbname = f"casevault_cli_{uuid.uuid4().hex[:12]}"
        base = url.rsplit("/", 1)[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"{base}/{dbname}"
    else:
        env.pop("DATABASE_URL", None)
    runner = Cli(tmp=tmp_path, env=env)
    yield runner
    if url and dbname:
        import psycopg

        with psycopg.connect(f"{url.rsplit('/', 1)[0]}/postgres", autocommit=True) as conn:
            for name in [dbname, *runner.extra_databases]:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
