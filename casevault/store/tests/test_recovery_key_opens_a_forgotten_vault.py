import re

from casevault.testing import Cli

NEW = "a new passphrase after recovery"


def _words(out: str) -> str:
    return " ".join(re.findall(r"\d+\. (\w+)", out))


def test_the_recovery_words_set_a_new_passphrase_and_the_use_is_audited(cli: Cli) -> None:
    cli.init()
    out = cli.ok("recovery-key", cli.vault)
    words = _words(out)
    assert len(words.split()) == 24
    code = cli.tmp / "code.txt"
    code.write_text(words + "\n")
    done = cli.run("recover", cli.vault, "--code-file", code, env={"CASEVAULT_NEW_PASSPHRASE": NEW})
    assert done.returncode == 0, done.stderr
    assert words not in done.stdout + done.stderr
    assert cli.run("audit", "verify", cli.vault).returncode != 0  # the old passphrase
    cli.env["CASEVAULT_PASSPHRASE"] = NEW
    assert "OK" in cli.ok("audit", "verify", cli.vault)
    verbs = cli.python_ok(
        "from casevault.audit.models import AuditEntry\n"
        "print(list(AuditEntry.objects.values_list('verb', flat=True)))"
    )
    assert "vault.recovery_key_create" in verbs and "vault.recover" in verbs


def test_any_three_of_five_shares_recover_and_two_do_not(cli: Cli) -> None:
    cli.init()
    out = cli.ok("recovery-key", cli.vault, "--split", "3of5")
    shares = re.findall(r"Share \d of 5:\n\s+(.+)", out)
    assert len(shares) == 5
    two, three = cli.tmp / "two.txt", cli.tmp / "three.txt"
    two.write_text("\n".join(shares[3:]))
    three.write_text("\n".join([shares[4], shares[0], shares[2]]))
    env = {"CASEVAULT_NEW_PASSPHRASE": NEW}
    done = cli.run("recover", cli.vault, "--code-file", two, env=env)
    assert done.returncode != 0 and "do not combine" in done.stderr
    assert "Recovered" in cli.ok("recover", cli.vault, "--code-file", three, env=env)
    assert "OK" in cli.ok("audit", "verify", cli.vault, env={"CASEVAULT_PASSPHRASE": NEW})


def test_a_wrong_word_is_named_and_changes_nothing(cli: Cli) -> None:
    cli.init()
    words = _words(cli.ok("recovery-key", cli.vault)).split()
    key_before = (cli.vault / "vault.key").read_bytes()
    code = cli.tmp / "code.txt"
    code.write_text(" ".join(["zebraa", *words[1:]]))
    done = cli.run("recover", cli.vault, "--code-file", code, env={"CASEVAULT_NEW_PASSPHRASE": NEW})
    assert done.returncode != 0 and "'zebraa' is not a recovery word" in done.stderr
    code.write_text(" ".join([words[1], words[0], *words[2:]]))
    done = cli.run("recover", cli.vault, "--code-file", code, env={"CASEVAULT_NEW_PASSPHRASE": NEW})
    assert done.returncode != 0 and "do not check out" in done.stderr
    assert (cli.vault / "vault.key").read_bytes() == key_before


def test_a_second_recovery_key_needs_replace(cli: Cli) -> None:
    cli.init()
    cli.ok("recovery-key", cli.vault)
    done = cli.run("recovery-key", cli.vault)
    assert done.returncode != 0 and "--replace" in done.stderr
