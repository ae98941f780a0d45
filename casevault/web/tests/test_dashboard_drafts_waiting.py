from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in
from casevault.web import views


def test_with_nothing_imported_no_drafts_wait(client: Client, analyst: User) -> None:
    sign_in(client, analyst)
    page = client.get(reverse("home")).content.decode()
    assert "Drafts waiting for review" in page
    assert '<p class="count" id="drafts-count">0</p>' in page
    assert "No drafts are waiting." in page


def test_waiting_drafts_are_counted_and_lead_to_the_review_queue(
    client: Client, analyst: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Which drafts a user may review is intake's rule (pending_draft_count), tested there.
    monkeypatch.setattr(views, "pending_draft_count", lambda user: 3)
    sign_in(client, analyst)
    page = client.get(reverse("home")).content.decode()
    assert '<p class="count" id="drafts-count">3</p>' in page
    assert f'href="{reverse("intake:queue")}"' in page
