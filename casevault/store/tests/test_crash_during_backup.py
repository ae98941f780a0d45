"""SIGKILL backups at random points: no partial backup looks complete, every file that
does look complete verifies, and the vault is unharmed."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from casevault.store.backup.testing import backups, populate
from casevault.testing import Cli

VERIFY_ALL = """
import sys
from pathlib import Path
from casevault.store.backup.verify import backup_verify
from casevault.audit.chain import verify
for name in sys.argv[1:]:
    backup_verify(Path(name), unwrap=lambda kf: kf.unwrap(os.environ["CASEVAULT_PASSPHRASE"]))
    print("ok", name)
print("chain", verify().ok)
"""

# 8 batches of kills on SQLCipher (with restore: over 100 in all, the floor);
# on PostgreSQL the same paths are sampled with fewer, to keep CI well under 30 minutes.
BATCHES, PARALLEL = (2 if os.environ.get("DATABASE_URL") else 8), 5


@pytest.mark.slow
def test_killed_backups_never_leave_a_complete_looking_partial(cli: Cli) -> None:
    populate(cli, evidence=3)
    rng = random.Random(9)
    started = time.monotonic()
    cli.ok("backup", cli.vault, cli.tmp / "reference")
    duration = time.monotonic() - started  # kills land from start-up to just after the end
    dests = [cli.tmp / f"dest-{i}" for i in range(PARALLEL)]
    for _ in range(BATCHES):
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "casevault.cli", "backup", cli.vault, dest],
                env=cli.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for dest in dests
        ]
        time.sleep(duration * rng.uniform(0.2, 1.0))
        for proc in procs:
            time.sleep(duration * rng.uniform(0, 0.1))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    complete = [b for dest in dests if dest.exists() for b in backups(dest)]
    for dest in dests:
        for path in dest.iterdir() if dest.exists() else []:
            assert path in complete or path.name.startswith("."), path
    out = cli.python_ok(VERIFY_ALL.replace("sys.argv[1:]", repr([str(b) for b in complete])))
    assert out.count("ok ") == len(complete) and "chain True" in out
    # And a backup after all those kills still works (stale partials are cleaned up).
    cli.ok("backup", cli.vault, dests[0])
    assert not [p for p in dests[0].iterdir() if ".partial" in p.name]
