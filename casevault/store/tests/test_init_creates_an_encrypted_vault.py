import sqlite3

import pytest

from casevault.testing import Cli


def test_it_creates_the_key_file_database_and_evidence_folder(cli: Cli) -> None:
    out = cli.ok("init", cli.vault)
    assert "Created vault" in out
    assert (cli.vault / "vault.key").is_file()
    assert (cli.vault / "evidence").is_dir()
    assert (cli.vault / "vault.key").stat().st_mode & 0o077 == 0


@pytest.mark.sqlcipher_only
def test_the_sqlite3_library_cannot_open_the_database(cli: Cli) -> None:
    cli.init()
    conn = sqlite3.connect(cli.vault / "vault.db")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


@pytest.mark.sqlcipher_only
def test_the_database_file_has_no_sqlite_header(cli: Cli) -> None:
    cli.init()
    assert not (cli.vault / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_it_refuses_a_folder_that_already_holds_a_vault(cli: Cli) -> None:
    cli.init()
    before = (cli.vault / "vault.key").read_bytes()
    done = cli.run("init", cli.vault)
    assert done.returncode != 0
    assert "already holds a vault" in done.stderr
    assert (cli.vault / "vault.key").read_bytes() == before


def test_it_refuses_a_short_passphrase_and_creates_nothing(cli: Cli) -> None:
    done = cli.run("init", cli.vault, env={"CASEVAULT_PASSPHRASE": "short"})
    assert done.returncode != 0
    assert "passphrase too short" in done.stderr
    assert not cli.vault.exists()


def test_it_reads_the_passphrase_from_a_file(cli: Cli) -> None:
    secret = cli.tmp / "pass.txt"
    secret.write_text("a passphrase kept in a file\n")
    cli.ok("init", cli.vault, "--passphrase-file", secret, env={"CASEVAULT_PASSPHRASE": ""})
    done = cli.run(
        "audit", "verify", cli.vault, "--passphrase-file", secret, env={"CASEVAULT_PASSPHRASE": ""}
    )
    assert done.returncode == 0, done.stderr
