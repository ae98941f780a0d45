from casevault.testing import Cli

SHOW = """
from casevault.store.backup.status import last_backup_info
info = last_backup_info()
print(None if info is None else f"{info.kind} {info.file} {info.overdue}")
"""


def test_the_last_backup_is_reported_for_the_admin_page(cli: Cli) -> None:
    cli.init()
    assert cli.python_ok(SHOW).strip() == "None"
    cli.ok("backup", cli.vault, cli.tmp / "b")
    kind, name, overdue = cli.python_ok(SHOW).split()
    assert kind == "full" and name.endswith(".cvbackup") and overdue == "False"
    late = cli.python_ok(
        "import datetime\nfrom django.utils import timezone\n"
        "from casevault.store.backup.status import last_backup_info\n"
        "print(last_backup_info(now=timezone.now() + datetime.timedelta(days=8)).overdue)"
    )
    assert late.strip() == "True"
