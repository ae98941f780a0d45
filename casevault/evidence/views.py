from __future__ import annotations

from pathlib import Path
from typing import cast

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from casevault.accounts.models import User
from casevault.accounts.permissions import has_perm
from casevault.evidence import actions
from casevault.evidence.selectors import evidence_for_user, evidence_get_for_user
from casevault.evidence.store import blob_store
from casevault.evidence.uploads import EncryptedUpload, EncryptingUploadHandler
from casevault.lib.levels import Level
from casevault.records.selectors import case_get_for_user


def item_list(request: HttpRequest) -> HttpResponse:
    items = evidence_for_user(request.user).order_by("-acquired_at")  # type: ignore[arg-type]
    if request.GET.get("case"):
        try:
            items = items.filter(case_id=request.GET["case"])
        except (ValueError, ValidationError):
            items = items.none()
    return render(request, "evidence/list.html", {"items": items[:500]})


def item_detail(request: HttpRequest, pk: str) -> HttpResponse:
    item = evidence_get_for_user(request.user, pk)  # type: ignore[arg-type]
    return render(
        request,
        "evidence/detail.html",
        {
            "item": item,
            "custody": item.custody.order_by("at", "audit_seq"),
            "redactions": item.redactions.all(),
        },
    )


@require_POST
def item_download(request: HttpRequest, pk: str) -> HttpResponseBase:
    item = evidence_get_for_user(request.user, pk)  # type: ignore[arg-type]
    try:
        chunks = actions.evidence_read(
            actor=cast(User, request.user), item=item, reason=request.POST.get("reason", "")
        )
    except actions.EvidenceError as exc:
        messages.error(request, str(exc))
        return redirect("evidence:detail", pk=item.pk)
    response = StreamingHttpResponse(chunks, content_type="application/octet-stream")
    ext = Path(item.original_name).suffix.lower() or ".bin"
    # Never the original name: it may name a victim.
    response["Content-Disposition"] = f'attachment; filename="evidence-{str(item.pk)[:8]}{ext}"'
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_http_methods(["GET", "POST"])
def item_upload(request: HttpRequest, case_pk: str) -> HttpResponse:
    # Permission and case access are settled before a single byte of the body is read.
    case = case_get_for_user(request.user, case_pk, edit=True)  # type: ignore[arg-type]
    if not has_perm(request.user, "evidence.add"):  # type: ignore[arg-type]
        raise PermissionDenied
    handler = EncryptingUploadHandler(blob_store(), settings.CASEVAULT_UPLOAD_LIMIT, request)
    request.upload_handlers = [handler]
    return _upload(request, case, handler)


@csrf_protect
def _upload(request: HttpRequest, case: object, handler: EncryptingUploadHandler) -> HttpResponse:
    context = {
        "case": case,
        "limit": settings.CASEVAULT_UPLOAD_LIMIT,
        "levels": [lv.value for lv in Level],
    }
    if request.method == "GET":
        return render(request, "evidence/upload.html", context)
    upload = request.FILES.get("file")
    if handler.error is not None or not isinstance(upload, EncryptedUpload):
        problem = str(handler.error) if handler.error else _("choose a file to upload")
        messages.error(request, problem)
        return render(request, "evidence/upload.html", context, status=400)
    try:
        item = actions.evidence_record_upload(
            actor=request.user,  # type: ignore[arg-type]
            upload=upload,
            case=case,  # type: ignore[arg-type]
            description=request.POST.get("description", ""),
            confidentiality=request.POST.get("confidentiality", Level.RESTRICTED),
        )
    except (ValueError, PermissionDenied) as exc:
        messages.error(request, str(exc))
        return render(request, "evidence/upload.html", context, status=400)
    messages.success(request, _("Stored and encrypted. SHA-256: %(sha)s") % {"sha": item.sha256})
    return redirect("evidence:detail", pk=item.pk)
