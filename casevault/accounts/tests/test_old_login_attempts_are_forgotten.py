from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from casevault.accounts import actions
from casevault.accounts.models import LoginAttempt, User

pytestmark = pytest.mark.django_db


def _attempt(username: str, days_ago: float) -> LoginAttempt:
    return LoginAttempt.objects.create(
        username=username,
        ip="192.0.2.7",
        at=timezone.now() - timedelta(days=days_ago),
        outcome=LoginAttempt.Outcome.FAILED,
    )


@override_settings(CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS=30)
def test_a_failed_sign_in_forgets_tries_older_than_the_retention() -> None:
    old = _attempt("someone", days_ago=31)
    recent = _attempt("someone", days_ago=29)
    actions.login_failure_record(username="someone", ip="192.0.2.7")
    left = set(LoginAttempt.objects.values_list("pk", flat=True))
    assert old.pk not in left
    assert recent.pk in left
    assert len(left) == 2


@override_settings(CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS=30)
def test_a_sign_in_forgets_them_too(analyst: User) -> None:
    old = _attempt("someone", days_ago=45)
    actions.login_success_record(user=analyst, ip="192.0.2.8", second_factor=False)
    assert not LoginAttempt.objects.filter(pk=old.pk).exists()


@override_settings(
    CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS=0,
    CASEVAULT_LOGIN_WINDOW_SECONDS=3600,
    CASEVAULT_LOGIN_LOCK_SECONDS=600,
)
def test_tries_the_lockout_still_counts_are_kept_whatever_the_retention() -> None:
    inside_window = _attempt("someone", days_ago=0.5 / 24)
    outside = _attempt("someone", days_ago=2 / 24)
    actions.login_failure_record(username="someone", ip="192.0.2.7")
    assert LoginAttempt.objects.filter(pk=inside_window.pk).exists()
    assert not LoginAttempt.objects.filter(pk=outside.pk).exists()
