"""A bad import file: one clear line, a non-zero exit, and the vault exactly as it was."""

import json

import pytest

from casevault.testing import Cli


@pytest.fixture
def good_export(cli: Cli) -> dict:  # type: ignore[type-arg]
    cli.init()
    cli.ok("user", "add", cli.vault, "someone", "--role", "documenter")
    return json.loads(cli.ok("export", cli.vault))


def _import(cli: Cli, text: str) -> tuple[int, str, str]:
    target = cli.tmp / "target"
    other = cli.second_vault_env()
    cli.ok("init", target, env=other)
    before = cli.ok("export", target, env=other)
    path = cli.tmp / "in.json"
    path.write_text(text)
    done = cli.run("import-json", target, path, env=other)
    after = cli.ok("export", target, env=other)
    assert after == before, "a failed import must leave the vault as it was"
    return done.returncode, done.stderr, after


def test_malformed_json_is_reported_with_its_position(cli: Cli, good_export: dict) -> None:  # type: ignore[type-arg]
    code, err, _ = _import(cli, json.dumps(good_export)[:-10])
    assert code != 0
    assert "not valid JSON (line" in err


def test_a_file_that_is_not_an_export_is_named_as_such(cli: Cli, good_export: dict) -> None:  # type: ignore[type-arg]
    code, err, _ = _import(cli, json.dumps({"people": []}))
    assert code != 0
    assert "not a CaseVault export" in err


def test_a_row_with_a_bad_value_names_table_row_and_field(cli: Cli, good_export: dict) -> None:  # type: ignore[type-arg]
    doc = good_export
    doc["tables"]["records.event"] = [
        {
            "id": "6a1c7b4e-39a0-4a55-9b7e-0a0b0c0d0e0f",
            "title": "x",
            "description": "",
            "confidentiality": "internal",
            "created_at": "2019-01-01T00:00:00+00:00",
            "updated_at": "2019-01-01T00:00:00+00:00",
            "date_start": "2018-13-01",
            "date_end": None,
            "date_precision": "day",
            "place_id": None,
            "location_detail": "",
        }
    ]
    code, err, _ = _import(cli, json.dumps(doc))
    assert code != 0
    assert "records.event row 1, field date_start" in err


def test_a_dangling_reference_imports_nothing(cli: Cli, good_export: dict) -> None:  # type: ignore[type-arg]
    doc = good_export
    doc["tables"]["records.personname"] = [
        {
            "id": "6a1c7b4e-39a0-4a55-9b7e-0a0b0c0d0e0f",
            "person_id": "7b1c7b4e-39a0-4a55-9b7e-0a0b0c0d0e0f",
            "full_name": "Nobody",
            "script": "latn",
            "lang": "",
            "is_primary": True,
            "translit_key": "nobody",
        }
    ]
    code, err, _ = _import(cli, json.dumps(doc))
    assert code != 0
    assert "inconsistent" in err


def test_a_vault_that_already_holds_records_is_refused(cli: Cli) -> None:
    cli.ok("demo", cli.vault)
    dump = cli.tmp / "dump.json"
    dump.write_text(cli.ok("export", cli.vault))
    done = cli.run("import-json", cli.vault, dump)
    assert done.returncode != 0
    assert "already holds records" in done.stderr
