"""Every act type is found in the common ways monitors word it, in both languages.

The wordings (``wordings/acts_en.txt``, ``acts_ru.txt``) were written as a check of the
lexicon's coverage, a handful for each act type, not taken from the evaluation documents.
Wordings the pipeline still misses are listed in docs/extraction.md under "Known limits".
"""

from datetime import date
from pathlib import Path

import pytest

from casevault.intake.acts import ACT_TYPES
from casevault.intake.pipeline import extract_text

pytestmark = pytest.mark.pure

HERE = Path(__file__).parent / "wordings"
LEAD = {"en": "On 5 March 2026, ", "ru": "5 марта 2026 года "}


def wordings(lang: str) -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / f"acts_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, sentence = line.partition(" | ")
            rows.append((code, sentence))
    return rows


CASES = [(lang, code, sentence) for lang in ("en", "ru") for code, sentence in wordings(lang)]


@pytest.mark.parametrize(("lang", "code", "sentence"), CASES)
def test_the_wording_is_read_as_its_act_type_on_its_day(
    lang: str, code: str, sentence: str
) -> None:
    result = extract_text(LEAD[lang] + sentence, lang, date(2026, 6, 1))
    found = [e for e in result["events"] if code in e["act_types"]]
    assert found, f"{code} not found in {sentence!r}: {result['events']}"
    assert found[0]["date"]["start"] == "2026-03-05"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_act_type_has_wordings(lang: str) -> None:
    assert {code for code, _ in wordings(lang)} >= set(ACT_TYPES) - {"sexual_violence"}
