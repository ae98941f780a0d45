from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from casevault.accounts.actions import security_policy_update
from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password, sign_in


def policy(response) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_every_page_sends_a_strict_content_security_policy(client: Client, admin: User) -> None:
    csp = policy(client.get(reverse("accounts:login")))
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    header = client.get(reverse("accounts:login"))["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header


def test_no_page_has_inline_script_style_or_event_handlers(
    client: Client, admin: User, documenter: User
) -> None:
    pages = [client.get(reverse("accounts:login")).content.decode()]
    security_policy_update(actor=admin, require_2fa_roles=["documenter"])
    post_password(client, "documenter")
    pages.append(client.get(reverse("accounts:otp_setup")).content.decode())
    client.logout()
    sign_in(client, admin)
    for name in ["home", "accounts:admin_users"]:
        pages.append(client.get(reverse(name)).content.decode())
    for page in pages:
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
        assert scripts, "htmx is loaded on every page"
        for attrs, body in scripts:
            assert "src=" in attrs and not body.strip()
        assert "<style" not in page
        assert not re.search(r"\sstyle=", page)
        assert not re.search(r"\son[a-z]+=", page)
        assert "javascript:" not in page
