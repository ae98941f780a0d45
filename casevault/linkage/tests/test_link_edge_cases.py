"""link() refuses ambiguous input and handles trivially small input without Splink."""

import pytest

from casevault.linkage.features import PersonRecord
from casevault.linkage.model import link

pytestmark = pytest.mark.pure


def test_duplicate_record_ids_are_refused() -> None:
    records = [PersonRecord(id="1", names=["Семенова Е."]), PersonRecord(id="1", names=["X"])]
    with pytest.raises(ValueError, match="unique"):
        link(records)


def test_a_single_record_is_its_own_cluster() -> None:
    result = link([PersonRecord(id="only", names=["Семенова Е."])])
    assert result.pairs == []
    assert result.clusters == {"only": "only"}
    assert link([]).clusters == {}
