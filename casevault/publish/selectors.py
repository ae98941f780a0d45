"""Reads for publishing that apply permissions: a statement is seen through its case."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.publish.consent import STATEMENT_USE, UN_USE, ConsentCheck, Form, consent_check
from casevault.publish.models import FlagOverride, Statement, StatementVersion
from casevault.records.selectors import cases_for_user, get_for_user


def statements_for_user(user: User) -> QuerySet[Statement]:
    if not has_perm(user, "publish.edit"):
        return Statement.objects.none()
    return Statement.objects.filter(case__in=cases_for_user(user)).select_related("case")


def statement_get_for_user(user: User, pk: Any) -> Statement:
    """The same 404 for "missing" and "not on your case"."""
    return get_for_user(user, statements_for_user(user), pk)


def version_get_for_user(user: User, statement: Statement, number: int) -> StatementVersion:
    """A published version of a statement the user may open (check the statement first)."""
    found = (
        StatementVersion.objects.filter(statement__in=statements_for_user(user))
        .filter(statement=statement, number=number)
        .first()
    )
    if found is None:
        raise Http404("no such version")
    return found


def statement_overrides(statement: Statement) -> dict[Any, Form]:
    return {o.person_id: Form(o.form) for o in FlagOverride.objects.filter(statement=statement)}


def statement_use(statement: Statement) -> str:
    return UN_USE if statement.kind == Statement.Kind.UN_COMMUNICATION else STATEMENT_USE


def statement_check(statement: Statement) -> ConsentCheck:
    """The consent check for a statement's current draft, with its overrides applied."""
    return consent_check(
        statement.case,
        statement.lang,
        use=statement_use(statement),
        overrides=statement_overrides(statement),
        text=f"{statement.title}\n{statement.body}",
    )
