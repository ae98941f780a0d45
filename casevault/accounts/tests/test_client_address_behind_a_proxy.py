from __future__ import annotations

import pytest
from django.test import RequestFactory
from pytest_django.fixtures import Settings

from casevault.accounts.security import client_ip


@pytest.mark.pure
def test_a_forwarded_header_is_ignored_unless_the_operator_names_it(settings: Settings) -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    settings.CASEVAULT_CLIENT_IP_HEADER = ""
    assert client_ip(request) == "10.0.0.1"
    settings.CASEVAULT_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_ip(request) == "203.0.113.9"


@pytest.mark.pure
def test_the_address_the_proxy_added_last_is_used(settings: Settings) -> None:
    # X-Forwarded-For: "what the client claimed, what our proxy saw".
    settings.CASEVAULT_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )
    assert client_ip(request) == "203.0.113.9"
