"""The gate in front of every view: signed in, not the system actor, second factor passed.

Views are closed by default. A view that must answer strangers (the sign-in pages) is
marked with ``django.contrib.auth.decorators.login_not_required``; the language switcher
is opened here by URL name because Django does not mark it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control

from casevault.accounts import security

PUBLIC_VIEW_NAMES = frozenset({"set_language"})


class VerifiedUserMiddleware(LoginRequiredMiddleware):
    """Requires a signed-in, verified user for every view not marked ``login_not_required``.

    Must come after ``AuthenticationMiddleware`` and ``OTPMiddleware``.
    """

    def process_view(
        self,
        request: HttpRequest,
        view_func: Any,
        view_args: Any,
        view_kwargs: Any,
    ) -> HttpResponseBase | None:
        match = request.resolver_match
        if match is not None and match.view_name in PUBLIC_VIEW_NAMES:
            return None
        if not getattr(view_func, "login_required", True):
            return None
        user = request.user
        if not user.is_authenticated:
            return self._to(request, self._login_redirect(request, view_func))
        if getattr(user, "is_system", False) or not user.is_active:
            # The backend never lets them in; a session made some other way is ended here.
            logout(request)
            return self._to(request, self._login_redirect(request, view_func))
        if not security.is_verified(user) and security.two_factor_required(user):  # type: ignore[arg-type]
            step = (
                "accounts:otp_verify" if security.confirmed_device(user) else "accounts:otp_setup"
            )  # type: ignore[arg-type]
            return self._to(request, redirect(step))
        return None

    def _login_redirect(self, request: HttpRequest, view_func: Any) -> HttpResponseBase:
        return self.handle_no_permission(request, view_func)

    def _to(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        # htmx would swap the sign-in page into a fragment; tell it to load the page instead.
        if getattr(request, "htmx", False):
            page = HttpResponse(status=401)
            page["HX-Redirect"] = response["Location"]
            return page
        return response

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        # Pages must not stay in the browser's disk cache: a seized laptop would show them.
        patch_cache_control(response, no_store=True, private=True)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


TOUCHED_KEY = "_casevault_touched"


def touch_interval() -> int:
    """Seconds between two refreshes of a session's expiry: a minute, or a tenth of a short
    idle timeout."""
    return max(1, min(60, settings.SESSION_COOKIE_AGE // 10))


class SessionTouchMiddleware:
    """Pushes a signed-in session's idle timeout back, at most once per ``touch_interval``.

    Rewriting the session on every request (``SESSION_SAVE_EVERY_REQUEST``) made every
    page view a write transaction with a synced commit, so readers queued behind each
    other on the vault's single writer lock. Saving at most once a minute keeps the idle
    timeout accurate to that minute: a session ends between ``SESSION_COOKIE_AGE`` minus
    the interval and ``SESSION_COOKIE_AGE`` after its last request.

    Must come right after ``SessionMiddleware``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # Only a session that exists and still holds a signed-in user (not one that was
        # just flushed by signing out) is kept alive.
        if session is not None and session.session_key and "_auth_user_id" in session:
            now = int(time.time())
            touched = session.get(TOUCHED_KEY)
            if (
                session.modified
                or not isinstance(touched, int)
                or now - touched >= touch_interval()
            ):
                session[TOUCHED_KEY] = now
        return response
