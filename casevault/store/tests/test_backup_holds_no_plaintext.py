from casevault.store.backup.testing import CANARIES, backups, populate
from casevault.testing import Cli


def test_no_record_or_evidence_text_appears_in_the_backup_file(cli: Cli) -> None:
    populate(cli)
    cli.ok("backup", cli.vault, cli.tmp / "b")
    (backup,) = backups(cli.tmp / "b")
    data = backup.read_bytes()
    for canary in CANARIES:
        for form in (canary.encode(), canary.encode("utf-16-le")):
            assert form not in data, canary
    for word in (b"Semyonova", b"CREATE TABLE", b"records_person", b"SQLite format"):
        assert word not in data
