import pytest

from casevault.accounts.models import User
from casevault.records import actions
from casevault.records.models import PersonName
from casevault.testing import person

pytestmark = pytest.mark.django_db


def test_each_new_person_gets_the_next_pseudonym_code(documenter: User) -> None:
    first = person(documenter, "Айгуль Нурланова")
    second = person(documenter, "Ерлан Жаксыбеков")
    n1, n2 = int(first.pseudonym[2:]), int(second.pseudonym[2:])
    assert first.pseudonym.startswith("V-") and len(first.pseudonym) == 6
    assert n2 == n1 + 1


def test_names_in_both_scripts_share_a_transliteration_key(documenter: User) -> None:
    p = person(documenter, "Семёнова Елена", "Elena Semionova")
    actions.person_add_name(actor=documenter, person=p, name="Semyonova Elena")
    keys = set(PersonName.objects.filter(person=p).values_list("translit_key", flat=True))
    assert len(keys) == 1
    scripts = dict(PersonName.objects.filter(person=p).values_list("full_name", "script"))
    assert scripts["Семёнова Елена"] == "cyrl"
    assert scripts["Elena Semionova"] == "latn"


def test_the_first_name_is_the_primary_one(documenter: User) -> None:
    p = person(documenter, "Семёнова Елена", "Elena Semionova")
    primary = PersonName.objects.get(person=p, is_primary=True)
    assert primary.full_name == "Семёнова Елена"


def test_a_person_without_any_name_is_refused(documenter: User) -> None:
    with pytest.raises(actions.RecordError, match="at least one name"):
        actions.person_create(actor=documenter, names=["  "])
