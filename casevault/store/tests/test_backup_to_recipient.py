import pyrage

from casevault.store.backup.testing import backups, export, new_database, populate
from casevault.testing import Cli

__all__ = ["new_database"]


def test_a_recipient_backup_opens_only_with_the_identity(
    cli: Cli, new_database: dict[str, str]
) -> None:
    populate(cli, evidence=1)
    # An identity file as age-keygen writes it (made here with pyrage: no age binary needed).
    secret = pyrage.x25519.Identity.generate()
    recipient = str(secret.to_public())
    identity = cli.tmp / "offsite.key"
    identity.write_text(f"# public key: {recipient}\n{secret}\n")
    dest = cli.tmp / "offsite"
    cli.ok("backup", cli.vault, dest, "--to-recipient", recipient)
    (backup,) = backups(dest)
    assert backup.read_bytes().startswith(b"age-encryption.org/v1")
    done = cli.run("backup", "verify", backup)
    assert done.returncode != 0 and "--identity" in done.stderr
    assert "recipient" in cli.ok("backup", "verify", backup, "--identity", identity)
    restored = cli.tmp / "restored"
    cli.ok("restore", backup, restored, "--identity", identity, env=new_database)
    assert export(cli, restored, env=new_database) == export(cli, cli.vault)


def test_a_malformed_recipient_is_refused_before_anything_is_written(cli: Cli) -> None:
    cli.init()
    done = cli.run("backup", cli.vault, cli.tmp / "b", "--to-recipient", "age1notakey")
    assert done.returncode != 0 and "not an age public key" in done.stderr
    assert not (cli.tmp / "b").exists() or backups(cli.tmp / "b") == []
