"""Writes for publishing: draft, edit, override a consent flag, publish (freeze a version)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.publish import outputs
from casevault.publish.consent import PUBLISHABLE, Form, redactor_for
from casevault.publish.models import FlagOverride, Statement, StatementVersion
from casevault.publish.selectors import statement_check, statement_overrides
from casevault.records.actions.common import next_counter
from casevault.records.models import Case, Person
from casevault.records.selectors import cases_for_user

DEFAULT_REFERENCE_SCHEME = "{org} {seq:04d}/{year}"


class PublishError(ValueError):
    """Something the user can fix: the message says what and how."""


def reference_next(on: date) -> str:
    """The next reference in the configured scheme, numbered per year (inside a transaction)."""
    scheme = os.environ.get("CASEVAULT_REFERENCE_SCHEME") or DEFAULT_REFERENCE_SCHEME
    org = os.environ.get("CASEVAULT_ORG_CODE") or "ORG"
    seq = next_counter(f"publish.reference.{on.year}")
    try:
        return scheme.format(org=org, seq=seq, year=on.year)
    except (KeyError, IndexError, ValueError) as exc:
        raise PublishError(
            f"CASEVAULT_REFERENCE_SCHEME {scheme!r} is not valid: use {{org}}, {{seq}} and "
            f"{{year}}, e.g. {DEFAULT_REFERENCE_SCHEME!r}"
        ) from exc


def compose(
    case: Case,
    kind: str,
    lang: str,
    reference: str,
    on: date,
    overrides: dict[Any, Form] | None = None,
) -> tuple[str, str]:
    if kind == Statement.Kind.UN_COMMUNICATION:
        from casevault.publish.un import compose_un_communication

        return compose_un_communication(
            case, redactor_for(case, lang, "share_with_un", overrides), reference=reference, on=on
        )
    from casevault.publish.compose import compose_statement

    return compose_statement(
        case, redactor_for(case, lang, "name_publicly", overrides), reference=reference, on=on
    )


def statement_create(
    *,
    actor: User,
    case: Case,
    lang: str = "en",
    kind: str = Statement.Kind.STATEMENT,
    on: date | None = None,
) -> Statement:
    """Draft a statement (or UN communication) from a case the actor may see."""
    require(actor, "publish.edit")
    if not cases_for_user(actor).filter(pk=case.pk).exists():
        raise PermissionDenied("you are not on this case")
    if lang not in Statement.Language.values:
        raise PublishError(f"statements are written in English or Russian, not {lang!r}")
    on = on or timezone.localdate()
    with transaction.atomic():
        reference = reference_next(on)
        title, body = compose(case, kind, lang, reference, on)
        statement = Statement.objects.create(
            case=case,
            kind=kind,
            lang=lang,
            reference=reference,
            title=title[:300],
            body=body,
            created_by=actor,
        )
        audit.record(
            actor=actor,
            verb="statement.create",
            target=statement,
            details={"kind": kind, "lang": lang, "reference": reference},
        )
    return statement


def statement_update(*, actor: User, statement: Statement, body: str, title: str = "") -> Statement:
    require(actor, "publish.edit", statement)
    with transaction.atomic():
        statement.body = body
        if title.strip():
            statement.title = title.strip()[:300]
        statement.updated_at = timezone.now()
        statement.save(update_fields=["body", "title", "updated_at"])
        audit.record(actor=actor, verb="statement.update", target=statement, changed=["body"])
    return statement


def statement_redraft(*, actor: User, statement: Statement, on: date | None = None) -> Statement:
    """Write the draft again from the case as it is now, with the overrides applied.

    The reference stays; hand edits to the old draft are replaced (published versions keep
    theirs).
    """
    require(actor, "publish.edit", statement)
    title, body = compose(
        statement.case,
        statement.kind,
        statement.lang,
        statement.reference,
        on or timezone.localdate(),
        statement_overrides(statement),
    )
    return statement_update(actor=actor, statement=statement, body=body, title=title)


def flag_override(
    *, actor: User, statement: Statement, person: Person, form: str, reason: str
) -> FlagOverride:
    """A coordinator publishes despite a missing or expired consent, and says why."""
    require(actor, "publish.approve", statement)
    if len(reason.strip()) < 10:
        raise PublishError("write the reason for the override (at least a sentence)")
    try:
        chosen = Form(form)
    except ValueError as exc:
        raise PublishError(f"the form must be one of {', '.join(Form)}") from exc
    flagged = {p.person.pk for p in statement_check(statement).people if p.flag is not None}
    if person.pk not in flagged:
        raise PublishError(
            f"{person.pseudonym} has no open consent flag: a refusal is never overridden"
        )
    if person.confidentiality not in PUBLISHABLE and chosen in (Form.NAME, Form.INITIALS):
        raise PublishError(f"{person.pseudonym}'s record is restricted: never by name")
    with transaction.atomic():
        found, _ = FlagOverride.objects.update_or_create(
            statement=statement,
            person=person,
            defaults={"form": chosen, "reason": reason.strip(), "by": actor, "at": timezone.now()},
        )
        audit.record(
            actor=actor,
            verb="statement.override",
            target=statement,
            details={"person": person.pseudonym, "form": chosen, "reason": reason.strip()},
            revision=False,
        )
    return found


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def statement_publish(*, actor: User, statement: Statement) -> StatementVersion:
    """Freeze the draft: text, HTML, PDF, DOCX and their SHA-256, with the approver.

    Refused while any consent flag is open or the text names someone who may not be named.
    """
    require(actor, "publish.approve", statement)
    check = statement_check(statement)
    if not check.ok:
        raise PublishError(
            "publishing is refused until every consent flag is resolved: "
            + "; ".join(check.problems())
        )
    overrides = statement_overrides(statement)
    body = statement.body
    title, ref, lang = statement.title, statement.reference, statement.lang
    html = outputs.html_page(title, ref, body, lang)
    pdf = outputs.pdf_bytes(title, ref, body, lang)
    docx = outputs.docx_bytes(title, ref, body, lang)
    with transaction.atomic():
        last = (
            StatementVersion.objects.select_for_update()
            .filter(statement=statement)
            .order_by("-number")
            .first()
        )
        version = StatementVersion.objects.create(
            statement=statement,
            number=(last.number if last else 0) + 1,
            body=body,
            html=html,
            pdf=pdf,
            docx=docx,
            sha256={
                "md": _sha256(body.encode()),
                "html": _sha256(html.encode()),
                "pdf": _sha256(pdf),
                "docx": _sha256(docx),
            },
            approved_by=actor,
            approved_at=timezone.now(),
        )
        audit.record(
            actor=actor,
            verb="statement.publish",
            target=statement,
            details={
                "version": version.number,
                "sha256": version.sha256,
                "overrides": {str(k): str(v) for k, v in overrides.items()},
            },
            revision=False,
        )
    return version
