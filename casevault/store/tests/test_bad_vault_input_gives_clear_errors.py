"""Each user-caused failure: one line on stderr, a non-zero exit, and nothing modified."""

import hashlib
import json
from pathlib import Path

import pytest

from casevault.testing import Cli


def _digest_tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def _assert_one_line_error(stderr: str, expected: str) -> None:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert expected in lines[0]
    assert "Traceback" not in stderr


def test_a_wrong_passphrase_changes_nothing(cli: Cli) -> None:
    cli.init()
    before = _digest_tree(cli.vault)
    done = cli.run("audit", "verify", cli.vault, env={"CASEVAULT_PASSPHRASE": "not the passphrase"})
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "wrong passphrase")
    assert _digest_tree(cli.vault) == before


def test_a_missing_key_file_is_named(cli: Cli) -> None:
    cli.init()
    (cli.vault / "vault.key").unlink()
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "key file")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="truncated"),
        pytest.param(lambda text: "garbage", id="not-json"),
        pytest.param(lambda text: json.dumps({"format": "something else"}), id="foreign-json"),
    ],
)
def test_a_corrupt_key_file_is_reported_as_corrupt(cli: Cli, damage) -> None:  # type: ignore[no-untyped-def]
    cli.init()
    key = cli.vault / "vault.key"
    key.write_text(damage(key.read_text()))
    before = _digest_tree(cli.vault)
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "corrupt")
    assert _digest_tree(cli.vault) == before


def test_an_altered_wrapped_key_does_not_open(cli: Cli) -> None:
    cli.init()
    key = cli.vault / "vault.key"
    body = json.loads(key.read_text())
    wrapped = bytearray(body["slots"][0]["wrapped_key"].encode())
    wrapped[20] = ord("A") if wrapped[20] != ord("A") else ord("B")
    body["slots"][0]["wrapped_key"] = wrapped.decode()
    key.write_text(json.dumps(body))
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "wrong passphrase")


def test_a_folder_that_is_not_a_vault_is_named(cli: Cli) -> None:
    (cli.tmp / "photos").mkdir()
    done = cli.run("audit", "verify", cli.tmp / "photos")
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "is not a CaseVault vault")


def test_a_path_that_does_not_exist_is_named(cli: Cli) -> None:
    done = cli.run("audit", "verify", cli.tmp / "nowhere")
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "is not a vault folder")


@pytest.mark.sqlcipher_only
def test_a_corrupt_database_is_reported_and_left_alone(cli: Cli) -> None:
    cli.init()
    db = cli.vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[:4096] = bytes(4096)  # the first page holds the salt and the schema
    db.write_bytes(bytes(data))
    before = _digest_tree(cli.vault)
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "is corrupt or does not belong to this key file")
    assert _digest_tree(cli.vault) == before


@pytest.mark.sqlcipher_only
def test_a_database_from_another_vault_is_refused(cli: Cli) -> None:
    cli.init()
    other = cli.tmp / "other"
    cli.ok("init", other)
    (cli.vault / "vault.db").write_bytes((other / "vault.db").read_bytes())
    done = cli.run("audit", "verify", cli.vault)
    assert done.returncode != 0
    _assert_one_line_error(done.stderr, "does not belong to this key file")
