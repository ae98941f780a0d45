"""Publishing pages: drafts, the live preview, the consent check, publish, downloads."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.publish import actions, markdown, outputs, selectors
from casevault.publish.consent import Form
from casevault.publish.models import Statement
from casevault.records.selectors import case_get_for_user, person_get_for_user, person_labels

View = Callable[..., HttpResponse]


def protected(view: View) -> View:
    """Signed in (the accounts middleware also checks the second factor) and a publisher."""

    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not has_perm(user_of(request), "publish.edit"):
            raise PermissionDenied("your role does not publish")
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return login_required(wrapped)


def user_of(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied("sign in first")
    return user


@protected
def statement_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    return render(
        request,
        "publish/statement_list.html",
        {"statements": selectors.statements_for_user(user)},
    )


@protected
@require_POST
def statement_new(request: HttpRequest, case_pk: str) -> HttpResponse:
    user = user_of(request)
    case = case_get_for_user(user, case_pk)
    kind = request.POST.get("kind", Statement.Kind.STATEMENT)
    if kind not in Statement.Kind.values:
        kind = Statement.Kind.STATEMENT
    try:
        statement = actions.statement_create(
            actor=user, case=case, lang=request.POST.get("lang", "en"), kind=kind
        )
    except actions.PublishError as exc:
        messages.error(request, str(exc))
        return redirect("publish:statement_list")
    return redirect("publish:statement_edit", pk=statement.pk)


@protected
def statement_edit(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    if request.method == "POST":
        actions.statement_update(
            actor=user,
            statement=statement,
            body=request.POST.get("body", ""),
            title=request.POST.get("title", ""),
        )
        messages.success(request, "Draft saved.")
        return redirect("publish:statement_edit", pk=statement.pk)
    check = selectors.statement_check(statement)
    return render(
        request,
        "publish/statement_edit.html",
        {
            "statement": statement,
            "preview": markdown.to_html(markdown.parse(statement.body)),
            "check": check,
            "versions": statement.versions.order_by("-number"),
            "can_approve": has_perm(user, "publish.approve"),
        },
    )


@protected
@require_POST
def statement_redraft(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    actions.statement_redraft(actor=user, statement=statement)
    messages.success(request, "Draft written again from the case.")
    return redirect("publish:statement_edit", pk=statement.pk)


@protected
@require_POST
def statement_preview(request: HttpRequest, pk: str) -> HttpResponse:
    """The htmx live preview: the posted Markdown as HTML (escaped; no raw HTML passes)."""
    selectors.statement_get_for_user(user_of(request), pk)
    html = markdown.to_html(markdown.parse(request.POST.get("body", "")))
    return render(request, "publish/_preview.html", {"preview": html})


@protected
def statement_check(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    check = selectors.statement_check(statement)
    # The reader sees names only where their own clearance lets them (pseudonyms otherwise).
    labels = person_labels(user, [a.person for a in check.people])
    rows = [(a, labels.get(a.person.pk, (a.pseudonym, False))[0]) for a in check.people]
    return render(
        request,
        "publish/statement_check.html",
        {
            "statement": statement,
            "check": check,
            "rows": rows,
            "forms": list(Form),
            "can_approve": has_perm(user, "publish.approve"),
        },
    )


@protected
@require_POST
def statement_override(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    person = person_get_for_user(user, request.POST.get("person"))
    try:
        actions.flag_override(
            actor=user,
            statement=statement,
            person=person,
            form=request.POST.get("form", Form.ROLE),
            reason=request.POST.get("reason", ""),
        )
    except actions.PublishError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Flag on {person.pseudonym} overridden.")
    return redirect("publish:statement_check", pk=statement.pk)


@protected
@require_POST
def statement_publish(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    try:
        version = actions.statement_publish(actor=user, statement=statement)
    except actions.PublishError as exc:
        messages.error(request, str(exc))
        return redirect("publish:statement_check", pk=statement.pk)
    messages.success(request, f"Version {version.number} published.")
    return redirect("publish:statement_edit", pk=statement.pk)


_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@protected
def version_download(request: HttpRequest, pk: str, number: int, fmt: str) -> HttpResponse:
    user = user_of(request)
    statement = selectors.statement_get_for_user(user, pk)
    version = selectors.version_get_for_user(user, statement, number)
    if fmt not in _TYPES:
        raise Http404("no such format")
    data = {
        "html": version.html.encode(),
        "pdf": bytes(version.pdf),
        "docx": bytes(version.docx),
    }[fmt]
    response = HttpResponse(data, content_type=_TYPES[fmt])
    name = outputs.filename(f"{statement.reference} v{version.number}", statement.lang, fmt)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-SHA256"] = version.sha256.get(fmt, "")
    return response


@protected
def case_publications(request: HttpRequest, case_pk: str) -> HttpResponse:
    user = user_of(request)
    case = case_get_for_user(user, case_pk)
    return render(
        request,
        "publish/case_publications.html",
        {
            "case": case,
            "statements": selectors.statements_for_user(user).filter(case=case),
            "kinds": Statement.Kind.choices,
            "languages": Statement.Language.choices,
        },
    )


# --- Statistics and exports -------------------------------------------------------------


@login_required
def stats_page(request: HttpRequest) -> HttpResponse:
    """Counts of the acts the user may see, as a table and a chart, with filters."""
    from casevault.lib.fuzzydate import FuzzyDate, FuzzyDateError
    from casevault.publish import charts, stats
    from casevault.records.selectors import acts_for_user

    user = user_of(request)
    lang = "ru" if (request.LANGUAGE_CODE or "en").startswith("ru") else "en"
    error = ""
    try:
        by = stats.parse_dimensions(request.GET.get("by", "act_type"))
        filters = stats.Filters(
            date_from=FuzzyDate.parse(request.GET["from"]).start
            if request.GET.get("from")
            else None,
            date_to=FuzzyDate.parse(request.GET["to"]).end if request.GET.get("to") else None,
            act_types=[c for c in request.GET.getlist("act_type") if c],
        )
    except (stats.StatsError, FuzzyDateError) as exc:
        error, by, filters = str(exc), ["act_type"], stats.Filters()
    table = stats.count_acts(acts_for_user(user), by, lang, filters)
    fmt = request.GET.get("format", "")
    if fmt in {"csv", "svg", "png"}:
        svg = charts.chart_svg(table) if fmt != "csv" else ""
        data, ctype = {
            "csv": lambda: (stats.table_csv(table), "text/csv; charset=utf-8"),
            "svg": lambda: (svg.encode(), "image/svg+xml"),
            "png": lambda: (charts.svg_to_png(svg), "image/png"),
        }[fmt]()
        response = HttpResponse(data, content_type=ctype)
        response["Content-Disposition"] = (
            f'attachment; filename="casevault-stats-{"-".join(by)}.{fmt}"'
        )
        return response
    return render(
        request,
        "publish/stats.html",
        {
            "table": table,
            "chart": charts.chart_svg(table),
            "note": stats.HONEST_NOTE[lang],
            "dimensions": stats.DIMENSIONS,
            "by": ",".join(by),
            "error": error,
            "query": request.GET.urlencode(),
        },
    )


@login_required
def exports_page(request: HttpRequest) -> HttpResponse:
    from casevault.publish import exports

    user = user_of(request)
    if not has_perm(user, "vault.export"):
        raise PermissionDenied("your role does not export")
    if request.method == "POST":
        full = request.POST.get("full") == "1"
        entity = request.POST.get("entity", "esf")
        try:
            if entity == "esf":
                data, ctype = exports.export_esf_json(actor=user, full=full), "application/json"
                name = exports.export_filename("json")
            else:
                data = exports.export_csv(actor=user, entity=entity, full=full)
                ctype, name = "text/csv; charset=utf-8", exports.export_filename("csv", entity)
        except exports.ExportError as exc:
            messages.error(request, str(exc))
            return redirect("publish:exports")
        response = HttpResponse(data, content_type=ctype)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(
        request,
        "publish/exports.html",
        {"entities": exports.ENTITIES, "can_full": has_perm(user, "vault.admin")},
    )
