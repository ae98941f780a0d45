from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in


def test_pages_forbid_framing_sniffing_and_caching(client: Client, editor: User) -> None:
    sign_in(client, editor)
    response = client.get(reverse("home"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    # A seized laptop's browser cache must not hold the pages.
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "camera=()" in response["Permissions-Policy"]


def test_the_session_cookie_is_http_only_and_same_site_strict(client: Client, editor: User) -> None:
    sign_in(client, editor)
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Strict"
    # Expires with the browser; the idle timeout is kept on the server.
    assert not cookie["max-age"]


def test_static_files_are_still_cacheable(client: Client, db: None) -> None:
    response = client.get("/static/casevault/casevault.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
