"""SIGKILL restores at random points: the target either does not exist or is a complete,
verified vault; a later restore to the same path succeeds."""

import random
import signal
import subprocess
import sys
import time

import pytest

from casevault.store.backup.testing import backups, populate
from casevault.testing import Cli

CHECK_ALL = """
from pathlib import Path
from casevault.audit.chain import verify
for name in TARGETS:
    if Path(name).exists():
        vaults.unlock(Path(name), os.environ["CASEVAULT_PASSPHRASE"])
        print("chain", verify().ok, name)
"""

BATCHES, PARALLEL = 6, 5


@pytest.mark.slow
@pytest.mark.sqlcipher_only  # a killed pg_restore leaves a half-filled database: see guide
def test_killed_restores_leave_nothing_or_a_complete_vault(cli: Cli) -> None:
    populate(cli, evidence=3)
    cli.ok("backup", cli.vault, cli.tmp / "b")
    (backup,) = backups(cli.tmp / "b")
    rng = random.Random(10)
    started = time.monotonic()
    cli.ok("restore", backup, cli.tmp / "reference")
    duration = time.monotonic() - started  # kills land from start-up to just after the end
    targets = []
    for batch in range(BATCHES):
        batch_targets = [cli.tmp / f"restored-{batch}-{i}" for i in range(PARALLEL)]
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "casevault.cli", "restore", backup, target],
                env=cli.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for target in batch_targets
        ]
        time.sleep(duration * rng.uniform(0.2, 1.0))
        for proc in procs:
            time.sleep(duration * rng.uniform(0, 0.1))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        targets += batch_targets
    check = CHECK_ALL.replace("TARGETS", repr([str(t) for t in targets]))
    out = cli.python_ok(check)
    assert "chain False" not in out
    existing = [t for t in targets if t.exists()]
    assert out.count("chain True") == len(existing)
    for target in existing:
        assert {p.name for p in target.iterdir()} >= {"vault.db", "vault.key", "evidence"}
    missing = next(t for t in targets if not t.exists()) if len(existing) < len(targets) else None
    if missing is not None:
        cli.ok("restore", backup, missing)
        assert not list(missing.parent.glob(f".{missing.name}.restoring-*"))
