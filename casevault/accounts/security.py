"""Sign-in rules in one place: lockout, delays, who needs a second factor, the sign-in steps.

The gate every other view relies on is ``casevault.accounts.middleware.VerifiedUserMiddleware``:
a view is reachable only by an active, non-system user who has passed the second factor
when one is required. Views that must stay public are marked with Django's
``login_not_required`` decorator.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import login as auth_login
from django.contrib.auth.backends import ModelBackend
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts.models import LoginAttempt, SecurityPolicy, User

PENDING_KEY = "casevault_2fa_pending"


def max_failures() -> int:
    return int(getattr(settings, "CASEVAULT_LOGIN_MAX_FAILURES", 5))


def failure_window() -> timedelta:
    return timedelta(seconds=int(getattr(settings, "CASEVAULT_LOGIN_WINDOW_SECONDS", 900)))


def lock_duration() -> timedelta:
    return timedelta(seconds=int(getattr(settings, "CASEVAULT_LOGIN_LOCK_SECONDS", 900)))


class VaultBackend(ModelBackend):
    """Argon2 passwords as usual, but the vault's own system actor can never sign in."""

    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) and not getattr(user, "is_system", False)


def normal_username(username: str) -> str:
    # "Alice" and "alice " count against the same lock: an attacker gains nothing by case.
    return username.strip().casefold()[:150]


def client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR, unless the operator names the header their own reverse proxy sets
    # (behind a proxy every user would otherwise share one address, and one lock). Never a
    # header by default: whoever sends the request can write any header they like.
    header = getattr(settings, "CASEVAULT_CLIENT_IP_HEADER", "")
    value = request.META.get(header, "") if header else ""
    if not value:
        value = request.META.get("REMOTE_ADDR", "")
    return str(value).split(",")[-1].strip()[:45]


def _recent_failures(**match: str) -> QuerySet[LoginAttempt]:
    return LoginAttempt.objects.filter(
        outcome=LoginAttempt.Outcome.FAILED,
        cleared=False,
        at__gte=timezone.now() - failure_window(),
        **match,
    )


def failure_count(username: str, ip: str) -> int:
    """The larger of the recent failures for this username and for this address."""
    by_user = _recent_failures(username=normal_username(username)).count()
    by_ip = _recent_failures(ip=ip).count() if ip else 0
    return max(by_user, by_ip)


def locked_until(username: str, ip: str) -> datetime | None:
    """When the lock on this username or address ends, or None if neither is locked."""
    limit = max_failures()
    ends: list[datetime] = []
    matches = [{"username": normal_username(username)}] + ([{"ip": ip}] if ip else [])
    for match in matches:
        times = list(_recent_failures(**match).order_by("-at").values_list("at", flat=True)[:limit])
        if len(times) >= limit:
            ends.append(times[0] + lock_duration())
    now = timezone.now()
    active = [end for end in ends if end > now]
    return max(active) if active else None


def failure_delay(failures: int) -> float:
    """Seconds to hold a failed try: none for the first typo, then doubling, capped."""
    base = float(getattr(settings, "CASEVAULT_LOGIN_DELAY_SECONDS", 0.5))
    cap = float(getattr(settings, "CASEVAULT_LOGIN_MAX_DELAY_SECONDS", 8.0))
    if failures <= 1:
        return 0.0
    return min(base * 2 ** (failures - 2), cap)


def pause(seconds: float) -> None:
    """Hold the response (tests replace this to keep time)."""
    if seconds > 0:
        time.sleep(seconds)


# --- Second factor ----------------------------------------------------------------------


def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id").first()


def is_verified(user: Any) -> bool:
    """True when this session passed a second factor (django-otp's middleware says so)."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def role_requires_2fa(role: str) -> bool:
    return role in SecurityPolicy.current().require_2fa_roles


def two_factor_required(user: User) -> bool:
    """A user who has set up a device always uses it; others when their role demands it."""
    return role_requires_2fa(user.role) or confirmed_device(user) is not None


def setup_device(user: User) -> TOTPDevice:
    """The user's unconfirmed device: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


# --- The steps between a right password and a full session ------------------------------


def pending_seconds() -> int:
    return int(getattr(settings, "CASEVAULT_2FA_PENDING_SECONDS", 300))


def begin_second_step(request: HttpRequest, user: User, next_url: str) -> None:
    """The password was right; the session names the user but does not sign them in."""
    request.session.cycle_key()
    request.session[PENDING_KEY] = {
        "user": user.pk,
        "since": timezone.now().isoformat(),
        "next": next_url,
    }


def pending_state(request: HttpRequest) -> tuple[User, str] | None:
    """The user half-way through signing in (and where they were going), if still fresh."""
    state = request.session.get(PENDING_KEY)
    if not isinstance(state, dict):
        return None
    since = parse_datetime(str(state.get("since", "")))
    if since is None or timezone.now() - since > timedelta(seconds=pending_seconds()):
        request.session.pop(PENDING_KEY, None)
        return None
    user_pk = state.get("user")
    if not isinstance(user_pk, int):
        return None
    user = User.objects.filter(pk=user_pk, is_active=True, is_system=False).first()
    if user is None:
        return None
    return user, str(state.get("next") or "")


def second_step_user(request: HttpRequest) -> tuple[User, str] | None:
    """Whoever the 2FA pages serve: a half-signed-in user, or a signed-in unverified one."""
    user = request.user
    if user.is_authenticated and isinstance(user, User):
        return user, ""
    return pending_state(request)


def complete_login(request: HttpRequest, user: User, device: TOTPDevice | None) -> None:
    """Give the user a full session, marked verified when a device was used."""
    request.session.pop(PENDING_KEY, None)
    if not request.user.is_authenticated or request.user.pk != user.pk:
        auth_login(request, user, backend="casevault.accounts.security.VaultBackend")
    if device is not None:
        otp_login(request, device)
