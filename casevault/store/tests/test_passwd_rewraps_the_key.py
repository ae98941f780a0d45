import pytest

from casevault.testing import Cli


def test_the_new_passphrase_opens_and_the_old_one_does_not(cli: Cli) -> None:
    cli.init()
    out = cli.ok("passwd", cli.vault, env={"CASEVAULT_NEW_PASSPHRASE": "a brand new passphrase"})
    assert "Passphrase changed" in out
    assert cli.run("audit", "verify", cli.vault).returncode != 0
    done = cli.run(
        "audit", "verify", cli.vault, env={"CASEVAULT_PASSPHRASE": "a brand new passphrase"}
    )
    assert done.returncode == 0, done.stderr
    assert "OK" in done.stdout


@pytest.mark.sqlcipher_only
def test_changing_the_passphrase_does_not_rewrite_the_database(cli: Cli) -> None:
    cli.init()
    cli.ok("audit", "verify", cli.vault)  # settles the WAL into the main file
    before = (cli.vault / "vault.db").read_bytes()
    cli.ok("passwd", cli.vault, env={"CASEVAULT_NEW_PASSPHRASE": "a brand new passphrase"})
    after = (cli.vault / "vault.db").read_bytes()
    # Same salt, and nearly every page byte-identical: nothing was re-encrypted. (The
    # audit entry for the change touches a few pages.)
    assert after[:16] == before[:16]
    pages = range(0, min(len(before), len(after)), 4096)
    changed = sum(before[i : i + 4096] != after[i : i + 4096] for i in pages)
    assert changed <= 4, f"{changed} of {len(pages)} pages changed"


def test_a_wrong_current_passphrase_changes_nothing(cli: Cli) -> None:
    cli.init()
    key_before = (cli.vault / "vault.key").read_bytes()
    done = cli.run(
        "passwd",
        cli.vault,
        env={
            "CASEVAULT_PASSPHRASE": "wrong wrong wrong",
            "CASEVAULT_NEW_PASSPHRASE": "a brand new passphrase",
        },
    )
    assert done.returncode != 0
    assert "wrong passphrase" in done.stderr
    assert (cli.vault / "vault.key").read_bytes() == key_before
