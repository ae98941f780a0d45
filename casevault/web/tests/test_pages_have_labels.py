"""Every form control on the account pages and the dashboard has a label."""

from __future__ import annotations

from html.parser import HTMLParser

from django.test import Client
from django.urls import reverse

from casevault.accounts.actions import security_policy_update
from casevault.accounts.models import User
from casevault.accounts.tests.helpers import post_password, sign_in


class Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labels: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "label" and values.get("for"):
            self.labels.add(str(values["for"]))
        if tag in {"input", "select", "textarea"} and values.get("type") not in {
            "hidden",
            "submit",
        }:
            self.controls.append(values)


def unlabelled(page: str) -> list[dict[str, str | None]]:
    parser = Controls()
    parser.feed(page)
    return [
        c for c in parser.controls if c.get("id") not in parser.labels and not c.get("aria-label")
    ]


def test_no_control_is_without_a_label(client: Client, admin: User, documenter: User) -> None:
    pages = {"login": client.get(reverse("accounts:login")).content.decode()}
    security_policy_update(actor=admin, require_2fa_roles=["documenter"])
    post_password(client, "documenter")
    pages["setup"] = client.get(reverse("accounts:otp_setup")).content.decode()
    client.logout()
    sign_in(client, admin)
    pages["home"] = client.get(reverse("home")).content.decode()
    pages["users"] = client.get(reverse("accounts:admin_users")).content.decode()
    for name, page in pages.items():
        assert not unlabelled(page), name
