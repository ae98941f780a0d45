"""Forms of one given name share one canonical key; different names do not."""

import pytest

from casevault.linkage.given_names import canonical_given_key, given_name_sex

pytestmark = pytest.mark.pure

GROUPS = [
    ["Елена", "Yelena", "Elena", "Helen", "Lena", "Лена"],
    ["Алексей", "Aleksei", "Alexey", "Alex", "Алёша"],
    ["Юлия", "Yulia", "Iuliia", "Julia", "Юля"],
    ["Нұрлан", "Нурлан", "Nurlan"],
    ["Ерлан", "Yerlan", "Erlan"],
    ["Әлия", "Aliya", "Aliia"],
    ["Бауыржан", "Baurzhan", "Bauyrjan"],
    ["Михаил", "Mikhail", "Michael", "Misha"],
]


@pytest.mark.parametrize("forms", GROUPS, ids=lambda forms: forms[0])
def test_every_form_of_a_name_has_the_canonical_key(forms: list[str]) -> None:
    assert len({canonical_given_key(form) for form in forms}) == 1


def test_different_names_keep_different_keys() -> None:
    names = ["Елена", "Ольга", "Алексей", "Александр", "Юлия", "Яна", "Нұрлан", "Ерлан"]
    assert len({canonical_given_key(name) for name in names}) == len(names)


def test_an_unknown_name_keys_to_its_own_transliteration() -> None:
    assert canonical_given_key("Ақбота") == canonical_given_key("Akbota") == "akbota"


def test_known_names_carry_their_sex() -> None:
    assert given_name_sex(canonical_given_key("Helen")) == "f"
    assert given_name_sex(canonical_given_key("Nurlan")) == "m"
    assert given_name_sex(canonical_given_key("Zzyzx")) is None
