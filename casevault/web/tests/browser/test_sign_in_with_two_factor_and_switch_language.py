from __future__ import annotations

from base64 import b32decode

import pytest
from django_otp.oath import TOTP

from casevault.web.tests.browser.conftest import Browsing, Server

pytestmark = pytest.mark.slow


def authenticator_code(secret: str, steps_ahead: int = 0) -> str:
    """What a phone's authenticator app shows for the secret the setup page displayed."""
    totp = TOTP(b32decode(secret))
    totp.time = totp.time + 30 * steps_ahead
    return f"{totp.token():06d}"


def sign_in_with_password(browsing: Browsing, server: Server) -> None:
    page = browsing.page
    page.goto(f"{server.url}/accounts/login/")
    page.get_by_label("Username").fill(server.username)
    page.get_by_label("Password").fill(server.password)
    page.get_by_role("button", name="Sign in").click()


def test_a_monitor_sets_up_two_factor_signs_in_and_reads_the_dashboard_in_russian(
    browsing: Browsing, server: Server
) -> None:
    page = browsing.page
    page.goto(server.url)
    assert "/accounts/login/" in page.url  # the gate sends strangers to sign in
    browsing.snap("sign-in")

    # Keyboard users reach the skip link first.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"

    sign_in_with_password(browsing, server)
    page.wait_for_url(f"{server.url}/")
    browsing.snap("dashboard-before-2fa")

    page.get_by_role("link", name="Two-factor").click()
    page.wait_for_url("**/accounts/2fa/setup/")
    assert page.locator("img[src^='data:image/svg+xml']").is_visible()
    secret = page.locator("#totp-secret").get_attribute("data-secret")
    assert secret
    browsing.snap("two-factor-setup")
    page.get_by_label("Code from your authenticator app").fill(authenticator_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.wait_for_url(f"{server.url}/")
    assert page.get_by_text("Two-factor sign-in is on.").is_visible()

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/")
    sign_in_with_password(browsing, server)
    page.wait_for_url("**/accounts/2fa/")
    browsing.snap("two-factor-code")
    # The code just used cannot be used twice: the app's next one is accepted.
    page.get_by_label("Code from your authenticator app").fill(authenticator_code(secret, 1))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{server.url}/")
    assert page.get_by_role("heading", name="Dashboard").is_visible()
    assert page.get_by_role("heading", name="Drafts waiting for review").is_visible()
    browsing.snap("dashboard")

    page.get_by_label("Language").select_option("ru")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("heading", name="Обзор").is_visible()
    assert page.get_by_role("heading", name="Черновики на проверку").is_visible()
    assert page.get_by_role("button", name="Выйти").is_visible()
    browsing.snap("dashboard-russian")

    # A phone: nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    browsing.snap("dashboard-phone")

    violations = [e for e in browsing.console_errors if "Content Security Policy" in e]
    assert not violations, violations
