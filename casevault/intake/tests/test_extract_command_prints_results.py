import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.pure


def test_it_prints_json_for_one_file_without_a_vault(tmp_path, capsys) -> None:
    path = tmp_path / "note.txt"
    path.write_text("On 8 October 2018 police searched her house.", encoding="utf-8")
    call_command("extract", str(path), "--reference-date", "2019-01-29")
    result = json.loads(capsys.readouterr().out)
    assert result["events"][0]["act_types"] == ["search"]


def test_in_a_batch_an_unreadable_file_is_reported_and_the_rest_go_on(tmp_path, capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text("В пятницу полиция задержала активиста.", encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(CommandError, match="1 of 2"):
        call_command(
            "extract", str(bad), str(good), "--format", "text", "--reference-date", "2019-01-29"
        )
    captured = capsys.readouterr()
    assert "bad.pdf" in captured.err and "PDF" in captured.err
    assert "detention" in captured.out


def test_a_malformed_reference_date_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("extract", str(tmp_path / "x.txt"), "--reference-date", "29.01.2019")
