"""The gate closes every view by default, including views other apps add later."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

OPEN = {"/accounts/login/", "/accounts/logout/", "/accounts/2fa/", "/accounts/2fa/setup/"}
OPEN_PREFIXES = ("/i18n/",)


def every_path(patterns: list, prefix: str = "") -> list[str]:  # type: ignore[type-arg]
    paths = []
    for pattern in patterns:
        route = str(pattern.pattern)
        route = re.sub(r"<(?:int:)?[^>]+>", "1", route).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            paths += every_path(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            paths.append("/" + prefix + route)
    return paths


def test_strangers_are_sent_to_sign_in_from_every_view(client: Client, db: None) -> None:
    paths = [p for p in every_path(get_resolver().url_patterns) if p not in OPEN]
    assert "/" in paths
    for path in paths:
        if path.startswith(OPEN_PREFIXES):
            continue
        for method in (client.get, client.post):
            response = method(path)
            if response.status_code == 404:
                # Only a path this test made up that matches no view may be "not found".
                with pytest.raises(Resolver404):
                    resolve(path)
                continue
            assert response.status_code == 302, (path, response.status_code)
            assert response["Location"].startswith("/accounts/login/"), path


def test_htmx_requests_are_told_to_load_the_sign_in_page(client: Client, db: None) -> None:
    response = client.get("/", headers={"HX-Request": "true"})
    assert response.status_code == 401
    assert response["HX-Redirect"].startswith("/accounts/login/")
