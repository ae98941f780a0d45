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
