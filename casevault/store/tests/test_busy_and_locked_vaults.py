from pathlib import Path
from subprocess import CompletedProcess

from casevault.store.backup.testing import backups
from casevault.testing import Cli

HOLD_THE_WRITE_LOCK = """
import time
from django.db import transaction
from casevault.audit.models import AuditHead
with transaction.atomic():
    AuditHead.objects.select_for_update().get(id=1)
    AuditHead.objects.filter(id=1).update(seq=AuditHead.objects.get(id=1).seq)
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_writer_blocked_by_another_writer_gets_a_clear_error(cli: Cli) -> None:
    cli.init()
    holder = cli.python(HOLD_THE_WRITE_LOCK)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        done = cli.run(
            "user",
            "add",
            cli.vault,
            "maria",
            "--role",
            "documenter",
            env={"CASEVAULT_BUSY_TIMEOUT_MS": "300"},
        )
    finally:
        holder.kill()
        holder.communicate()
    assert done.returncode != 0
    assert "locked by another writer" in done.stderr
    assert "Traceback" not in done.stderr
    listing = cli.ok("export", cli.vault)
    assert "maria" not in listing


def test_an_import_is_refused_while_a_server_holds_the_vault(cli: Cli) -> None:
    cli.init()
    dump = cli.tmp / "dump.json"
    dump.write_text(cli.ok("export", cli.vault))
    holder = cli.python(
        "import time\n"
        "with vaults.shared(vault.path):\n"
        "    print('open', flush=True)\n"
        "    time.sleep(60)\n"
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        done = cli.run("import-json", cli.vault, dump)
    finally:
        holder.kill()
        holder.communicate()
    assert done.returncode != 0
    assert "in use by another CaseVault process" in done.stderr


def _hold_until_a_backup_appears(folder: Path, then_s: float) -> str:
    """Code that holds the writer lock until a backup file lands in ``folder``, then longer."""
    return f"""
import time
from django.db import transaction
from casevault.audit.models import AuditHead
from casevault.store.backup import manifest
folder = Path({str(folder)!r})
with transaction.atomic():
    AuditHead.objects.select_for_update().get(id=1)
    AuditHead.objects.filter(id=1).update(seq=AuditHead.objects.get(id=1).seq)
    print("holding", flush=True)
    while not any(manifest.FILE_PATTERN.fullmatch(p.name) for p in folder.iterdir()):
        time.sleep(0.01)
    time.sleep({then_s})
print("released", flush=True)
"""


def _backup_beside_a_held_lock(cli: Cli, then_s: float) -> tuple[CompletedProcess[str], Path]:
    cli.init()
    dest = cli.tmp / "b"
    dest.mkdir()
    holder = cli.python(_hold_until_a_backup_appears(dest, then_s))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        # Each wait inside the database gives up after 1 s; the lock is held 1.5 s longer.
        done = cli.run("backup", cli.vault, dest, env={"CASEVAULT_BUSY_TIMEOUT_MS": "1000"})
    finally:
        holder.kill()
        holder.communicate()
    return done, dest


def test_a_backup_waits_out_a_writer_to_note_itself_in_the_audit_log(cli: Cli) -> None:
    done, dest = _backup_beside_a_held_lock(cli, then_s=1.5)
    assert done.returncode == 0, done.stderr
    (backup,) = backups(dest)
    noted = cli.python_ok(
        "from casevault.store.backup.status import last_backup_info\nprint(last_backup_info().file)"
    )
    assert noted.strip() == backup.name
    assert "OK" in cli.ok("backup", "verify", backup)


def test_a_backup_kept_from_the_audit_log_says_so_and_keeps_the_file(cli: Cli) -> None:
    done, dest = _backup_beside_a_held_lock(cli, then_s=60)
    assert done.returncode != 0
    assert "is complete, but other writers kept the vault busy" in done.stderr
    assert "Traceback" not in done.stderr
    (backup,) = backups(dest)
    assert str(backup) in done.stderr
    assert "OK" in cli.ok("backup", "verify", backup)
