"""Sign-in, the second factor, sign-out, and the admin's users page. Thin: rules live in
``security`` and writes in ``actions``."""

from __future__ import annotations

import math
from base64 import b32encode
from datetime import datetime

import segno
from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts import actions, security
from casevault.accounts.forms import ROLE_LABELS, CodeForm, LoginForm, PolicyForm
from casevault.accounts.models import SecurityPolicy, User
from casevault.accounts.permissions import require


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _lock_message(until: datetime) -> str:
    minutes = max(1, math.ceil((until - timezone.now()).total_seconds() / 60))
    return _(
        "Too many failed sign-in attempts for this account or from this computer. "
        "Sign-in is paused for %(minutes)d more minutes; an administrator can lift the "
        "lock sooner."
    ) % {"minutes": minutes}


def _fail(request: HttpRequest, username: str, stage: str) -> bool:
    """Count a failed try, hold the response a growing while; True if now locked."""
    ip = security.client_ip(request)
    locked = actions.login_failure_record(username=username, ip=ip, stage=stage)
    security.pause(security.failure_delay(security.failure_count(username, ip)))
    return locked


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponseBase:
    next_url = _safe_next(request)
    if request.method == "GET" and request.user.is_authenticated:
        return redirect(next_url or "home")
    form = LoginForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        username, password = form.cleaned_data["username"], form.cleaned_data["password"]
        ip = security.client_ip(request)
        until = security.locked_until(username, ip)
        if until is not None:
            # Refused unchecked: while locked even the right password does not help a guesser.
            actions.login_refusal_record(username=username, ip=ip)
            form.add_error(None, _lock_message(until))
            status = 429
        else:
            user = authenticate(request, username=username, password=password)
            if not isinstance(user, User):
                if _fail(request, username, "password"):
                    form.add_error(
                        None, _lock_message(security.locked_until(username, ip) or timezone.now())
                    )
                    status = 429
                else:
                    form.add_error(None, _("Wrong username or password. Check both and try again."))
            elif security.two_factor_required(user):
                security.begin_second_step(request, user, next_url)
                step = "otp_verify" if security.confirmed_device(user) else "otp_setup"
                return redirect(f"accounts:{step}")
            else:
                security.complete_login(request, user, None)
                actions.login_success_record(user=user, ip=ip, second_factor=False)
                return redirect(next_url or "home")
    return render(request, "accounts/login.html", {"form": form, "next": next_url}, status=status)


def _second_step_or_login(request: HttpRequest) -> tuple[User, str] | None:
    state = security.second_step_user(request)
    if state is None:
        messages.info(request, _("Your sign-in took too long or has ended. Sign in again."))
    return state


def _check_code(
    request: HttpRequest, user: User, device: TOTPDevice, form: CodeForm
) -> bool | HttpResponseBase:
    """True if the code was right; False if wrong (the form says so); a redirect if locked."""
    ip = security.client_ip(request)
    until = security.locked_until(user.username, ip)
    if until is None:
        if device.verify_token(form.cleaned_data["code"]):
            return True
        if not _fail(request, user.username, "code"):
            form.add_error(
                "code",
                _("That code is not right or has expired. Enter the current code from your app."),
            )
            return False
        until = security.locked_until(user.username, ip)
    else:
        actions.login_refusal_record(username=user.username, ip=ip)
    # Locked: the half-made sign-in ends; the user starts again when the lock lifts.
    auth_logout(request)
    messages.error(request, _lock_message(until or timezone.now()))
    return redirect("accounts:login")


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def otp_verify(request: HttpRequest) -> HttpResponseBase:
    state = _second_step_or_login(request)
    if state is None:
        return redirect("accounts:login")
    user, next_url = state
    device = security.confirmed_device(user)
    if device is None:
        return redirect("accounts:otp_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = _check_code(request, user, device, form)
        if outcome is True:
            security.complete_login(request, user, device)
            actions.login_success_record(
                user=user, ip=security.client_ip(request), second_factor=True
            )
            return redirect(next_url or "home")
        if outcome is not False:
            return outcome
    return render(request, "accounts/otp_verify.html", {"form": form, "person": user})


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def otp_setup(request: HttpRequest) -> HttpResponseBase:
    state = _second_step_or_login(request)
    if state is None:
        return redirect("accounts:login")
    user, next_url = state
    confirmed = security.confirmed_device(user)
    if confirmed is not None:
        # Replacing a device needs the old one (or an admin's reset): else a stolen
        # password would be enough to take over the second factor.
        if request.user.is_authenticated and security.is_verified(request.user):
            return render(request, "accounts/otp_status.html", {"device": confirmed})
        return redirect("accounts:otp_verify")
    device = security.setup_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = _check_code(request, user, device, form)
        if outcome is True:
            actions.totp_device_confirm(user=user, device=device)
            security.complete_login(request, user, device)
            actions.login_success_record(
                user=user, ip=security.client_ip(request), second_factor=True
            )
            messages.success(request, _("Two-factor sign-in is on."))
            return redirect(next_url or "home")
        if outcome is not False:
            return outcome
    secret = b32encode(device.bin_key).decode("ascii")
    return render(
        request,
        "accounts/otp_setup.html",
        {
            "form": form,
            "person": user,
            "secret": secret,
            "secret_groups": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_data_uri": segno.make(device.config_url, error="m").svg_data_uri(
                scale=5, border=2, dark="#000", light="#fff"
            ),
            "required": security.role_requires_2fa(user.role),
        },
    )


@login_not_required
@require_POST
def logout_view(request: HttpRequest) -> HttpResponseBase:
    if isinstance(request.user, User):
        actions.logout_record(user=request.user, ip=security.client_ip(request))
    auth_logout(request)
    messages.info(request, _("You are signed out."))
    return redirect("accounts:login")


# --- Admin: users, the 2FA policy, unlocking ----------------------------------------------


@require_http_methods(["GET"])
def admin_users(request: HttpRequest) -> HttpResponse:
    require(request.user, "users.manage")  # type: ignore[arg-type]
    policy = SecurityPolicy.current()
    with_device = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
    rows = [
        {
            "user": user,
            "role_label": ROLE_LABELS.get(user.role, user.role),
            "has_2fa": user.pk in with_device,
            "locked_until": security.locked_until(user.username, ""),
        }
        for user in User.objects.filter(is_system=False).order_by("username")
    ]
    form = PolicyForm(initial={"require_2fa_roles": policy.require_2fa_roles})
    from casevault.store.backup.status import last_backup_info, warn_after

    context = {
        "rows": rows,
        "form": form,
        "policy": policy,
        "last_backup": last_backup_info(),
        "backup_warn_days": warn_after().days,
    }
    return render(request, "accounts/admin_users.html", context)


@require_POST
def admin_policy(request: HttpRequest) -> HttpResponseBase:
    require(request.user, "users.manage")  # type: ignore[arg-type]
    form = PolicyForm(request.POST)
    if form.is_valid():
        actions.security_policy_update(
            actor=request.user,  # type: ignore[arg-type]
            require_2fa_roles=form.cleaned_data["require_2fa_roles"],
        )
        messages.success(request, _("The two-factor rule is saved."))
    else:
        messages.error(request, _("The two-factor rule was not saved: choose roles from the list."))
    return redirect("accounts:admin_users")


@require_POST
def admin_unlock(request: HttpRequest, pk: int) -> HttpResponseBase:
    require(request.user, "users.manage")  # type: ignore[arg-type]
    user = get_object_or_404(User, pk=pk, is_system=False)
    actions.user_unlock(actor=request.user, user=user)  # type: ignore[arg-type]
    messages.success(request, _("%(name)s can sign in again.") % {"name": user.username})
    return redirect("accounts:admin_users")


@require_POST
def admin_2fa_reset(request: HttpRequest, pk: int) -> HttpResponseBase:
    require(request.user, "users.manage")  # type: ignore[arg-type]
    user = get_object_or_404(User, pk=pk, is_system=False)
    actions.user_2fa_reset(actor=request.user, user=user)  # type: ignore[arg-type]
    messages.success(
        request,
        _("%(name)s's authenticator was removed; they set up a new one at their next sign-in.")
        % {"name": user.username},
    )
    return redirect("accounts:admin_users")
