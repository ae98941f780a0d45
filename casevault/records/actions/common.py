from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import selectors
from casevault.records.models import Counter, FuzzyDateAttr
from casevault.search.index import index_record
from casevault.vocab.lookup import term_get
from casevault.vocab.models import Term

M = TypeVar("M", bound=models.Model)


class RecordError(ValueError):
    """Input a user can fix: the message says what was wrong."""


def term(vocabulary: str, code: str | None) -> Term | None:
    if code is None or code == "":
        return None
    found = term_get(Term.key(vocabulary, code))
    if found is None:
        raise RecordError(f"{code!r} is not a term of the {vocabulary} vocabulary")
    return found


def required_term(vocabulary: str, code: str) -> Term:
    found = term(vocabulary, code)
    if found is None:
        raise RecordError(f"a {vocabulary} term is required")
    return found


def next_counter(name: str) -> int:
    """The next value of a named sequence; call inside a transaction."""
    counter, _ = Counter.objects.select_for_update().get_or_create(name=name)
    counter.value += 1
    counter.save(update_fields=["value"])
    return counter.value


def require_change(actor: User, record: models.Model, perm: str = "records.change") -> None:
    """The role and clearance check (``require``), then the cases: a record, or the record
    it hangs from, on a case the actor holds no edit grant for is not theirs to write.

    The edit pages check the same through the selectors before they call an action; this
    keeps every other way in (imports, the command line, code yet to come) to that rule.
    """
    require(actor, perm, record)
    if not selectors.may_change(actor, record):
        raise PermissionDenied(
            f"{actor.username} may not change records of a case they hold no edit grant for"
        )


def create_record(actor: User, instance: M, verb: str, **details: Any) -> M:
    require_change(actor, instance, "records.add")
    with transaction.atomic():
        instance.full_clean(exclude=_unchecked_fields(instance))
        instance.save(force_insert=True)
        index_record(instance)
        audit.record(actor=actor, verb=verb, target=instance, details=details)
    return instance


def _unchecked_fields(instance: models.Model) -> list[str]:
    # Foreign keys are checked by the database; uniqueness by constraints in the same
    # transaction. full_clean here is for choices, lengths and formats.
    return [f.name for f in instance._meta.concrete_fields if f.is_relation or f.primary_key]


def record_update(*, actor: User, record: M, changes: dict[str, Any]) -> M:
    """Change some fields of a record; the audit entry keeps the new state as a revision."""
    require_change(actor, record)
    columns: list[str] = []
    for name, value in changes.items():
        attr = getattr(type(record), name, None)
        if isinstance(attr, FuzzyDateAttr):
            if not isinstance(value, FuzzyDate):
                raise RecordError(f"{name} must be a fuzzy date")
            columns.extend(attr.columns())
        else:
            field = record._meta.get_field(name)
            columns.append(getattr(field, "attname", name))
        setattr(record, name, value)
    if not columns:
        return record
    if "confidentiality" in changes:
        # Raising a record above one's own clearance would lock oneself out of it.
        require_change(actor, record)
    with transaction.atomic():
        record.updated_at = timezone.now()  # type: ignore[attr-defined]
        record.full_clean(exclude=_unchecked_fields(record))
        record.save(update_fields=[*columns, "updated_at"])
        index_record(record)
        audit.record(
            actor=actor, verb=f"{record._meta.model_name}.update", target=record, changed=columns
        )
    return record
