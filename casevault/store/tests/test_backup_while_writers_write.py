import time

from casevault.store.backup.testing import backups, new_database
from casevault.testing import Cli

__all__ = ["new_database"]

WRITER = """
import sys, time
from casevault.accounts.actions import system_actor
from casevault.testing import event
actor = system_actor()
for i in range(100000):
    for attempt in range(50):
        try:
            event(actor, f"writer {sys.argv[1] if len(sys.argv) > 1 else ''} event {i}")
            break
        except Exception:
            time.sleep(0.05)
    print(i, flush=True)
"""


def test_a_backup_taken_while_five_writers_write_restores_and_verifies(
    cli: Cli, new_database: dict[str, str]
) -> None:
    cli.init()
    writers = [cli.python(WRITER) for _ in range(5)]
    try:
        for writer in writers:
            assert writer.stdout is not None
            writer.stdout.readline()  # each has committed at least once
        time.sleep(0.5)
        cli.ok("backup", cli.vault, cli.tmp / "b")
        time.sleep(0.5)
    finally:
        for writer in writers:
            writer.kill()
            writer.communicate()
    (backup,) = backups(cli.tmp / "b")
    assert "OK" in cli.ok("backup", "verify", backup)
    restored = cli.tmp / "restored"
    out = cli.ok("restore", backup, restored, env=new_database)
    assert "audit chain" in out
    assert "OK" in cli.ok("audit", "verify", restored, env=new_database)
