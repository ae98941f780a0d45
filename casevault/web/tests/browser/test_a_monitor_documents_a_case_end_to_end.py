"""The day's work in a real browser: sign in with 2FA, open a case, record who did what to
whom on one page, find the victim by her name in the other script, read it in Russian."""

from __future__ import annotations

import re

import pytest

from casevault.web.tests.browser.conftest import Browsing, Server
from casevault.web.tests.browser.test_sign_in_with_two_factor_and_switch_language import (
    authenticator_code,
    sign_in_with_password,
)

pytestmark = pytest.mark.slow


def test_a_monitor_records_an_assault_and_finds_the_victim_across_scripts(
    browsing: Browsing, server: Server
) -> None:
    page = browsing.page

    # Sign in and turn on two-factor sign-in, then sign in again with a code.
    sign_in_with_password(browsing, server)
    page.wait_for_url(f"{server.url}/")
    page.get_by_role("link", name="Two-factor").click()
    page.wait_for_url("**/accounts/2fa/setup/")
    secret = page.locator("#totp-secret").get_attribute("data-secret")
    assert secret
    page.get_by_label("Code from your authenticator app").fill(authenticator_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.wait_for_url(f"{server.url}/")
    page.get_by_role("button", name="Sign out").click()
    sign_in_with_password(browsing, server)
    page.wait_for_url("**/accounts/2fa/")
    page.get_by_label("Code from your authenticator app").fill(authenticator_code(secret, 1))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{server.url}/")

    # Open a case.
    page.get_by_role("link", name="Cases").first.click()
    browsing.snap("case-list")
    page.get_by_role("link", name="Open a case").click()
    page.get_by_label("Title").fill("Police violence at the district station")
    page.get_by_role("button", name="Open the case").click()
    page.wait_for_url("**/records/cases/*/")
    case_url = page.url
    browsing.snap("case-page")

    # One form: the event, then the act with its victim, then the perpetrator.
    page.get_by_role("link", name="Add an event").click()
    page.get_by_label("What happened").fill("Monitor dragged out of the police station")
    page.get_by_label(re.compile(r"^When:?$")).fill("2019-01")
    page.get_by_role("button", name="Create the event").click()
    page.get_by_role("button", name="Add the act").wait_for()
    page.get_by_label(re.compile(r"^Act:?$")).select_option(label="Physical assault")
    page.get_by_label(re.compile(r"^Victim:?$")).fill("Семёнова Елена")
    page.get_by_role("button", name="Add the act").click()
    page.get_by_text("Семёнова Елена").first.wait_for()
    page.get_by_text("Add a perpetrator").first.click()
    page.get_by_label("Involvement").first.select_option(label="Carried out")
    page.get_by_label("Kind of perpetrator").first.select_option(label="Police")
    page.get_by_role("button", name="Add the perpetrator").first.click()
    page.get_by_role("button", name="Remove perpetrator (Carried out)").wait_for()
    browsing.snap("event-form")

    # The chronology shows it, honestly dated to the month.
    page.goto(case_url)
    assert page.get_by_text("Jan 2019").first.is_visible()
    assert page.get_by_text("Monitor dragged out of the police station").first.is_visible()
    browsing.snap("chronology")

    # Search in Latin letters finds the Cyrillic name.
    page.goto(f"{server.url}/search/?q=Semenova")
    assert page.get_by_text("Семёнова Елена").first.is_visible()
    browsing.snap("search-across-scripts")

    # And the same page in Russian.
    page.get_by_label("Language").select_option("ru")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("link", name="Дела").first.is_visible()
    browsing.snap("search-russian")

    violations = [e for e in browsing.console_errors if "Content Security Policy" in e]
    assert not violations, violations
