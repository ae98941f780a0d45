from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casevault.accounts.middleware import TOUCHED_KEY, touch_interval
from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in


def settings_value(name: str, env: dict[str, str]) -> str:
    code = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'casevault.settings'\n"
        f"from django.conf import settings; print(settings.{name})"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CASEVAULT_")}
    done = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.pure
def test_the_idle_timeout_is_thirty_minutes_unless_configured() -> None:
    assert settings_value("SESSION_COOKIE_AGE", {}) == "1800"
    assert settings_value("SESSION_COOKIE_AGE", {"CASEVAULT_SESSION_IDLE_SECONDS": "600"}) == "600"
    # Refreshed by SessionTouchMiddleware at most once a minute, not rewritten per request.
    assert settings_value("SESSION_SAVE_EVERY_REQUEST", {}) == "False"


def test_a_session_idle_longer_than_the_timeout_must_sign_in_again(
    client: Client, analyst: User
) -> None:
    sign_in(client, analyst)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("home"))
    assert response["Location"].startswith(reverse("accounts:login"))


def _last_touched(client: Client, seconds_ago: int) -> None:
    session = client.session
    session[TOUCHED_KEY] = int(time.time()) - seconds_ago
    session.save()


def test_a_request_after_the_touch_interval_pushes_the_timeout_back(
    client: Client, analyst: User
) -> None:
    sign_in(client, analyst)
    _last_touched(client, touch_interval())
    soon = timezone.now() + timedelta(minutes=1)
    Session.objects.update(expire_date=soon)
    assert client.get(reverse("home")).status_code == 200
    session = Session.objects.get()
    assert session.expire_date > timezone.now() + timedelta(minutes=29)


def test_requests_within_the_touch_interval_do_not_rewrite_the_session(
    client: Client, analyst: User
) -> None:
    sign_in(client, analyst)
    _last_touched(client, 0)
    soon = timezone.now() + timedelta(minutes=5)
    Session.objects.update(expire_date=soon)
    for _ in range(3):
        assert client.get(reverse("home")).status_code == 200
    assert Session.objects.get().expire_date == soon


def test_signing_out_is_not_undone_by_the_touch(client: Client, analyst: User) -> None:
    sign_in(client, analyst)
    _last_touched(client, touch_interval())
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("home"))["Location"].startswith(reverse("accounts:login"))
