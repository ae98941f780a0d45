from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from casevault.accounts import security
from casevault.accounts.models import LoginAttempt, Role, SecurityPolicy, User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.lib.levels import Level

SYSTEM_USERNAME = "casevault"


class UserError(ValueError):
    pass


def system_actor() -> User:
    """The vault's own actor, for work done on the command line by the key holder."""
    user, _ = User.objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={
            "is_system": True,
            "is_active": False,
            "role": Role.ADMIN,
            "clearance": Level.SECRET,
        },
    )
    return user


def user_create(
    *, actor: User, username: str, role: str, password: str | None, clearance: str | None = None
) -> User:
    require(actor, "users.manage")
    if role not in Role.values:
        raise UserError(f"unknown role {role!r}: use one of {', '.join(Role.values)}")
    if User.objects.filter(username=username).exists():
        raise UserError(f"user {username!r} already exists: choose another name")
    if clearance is None:
        clearance = Level.SECRET if role in {Role.ADMIN, Role.COORDINATOR} else Level.RESTRICTED
    with transaction.atomic():
        user = User(username=username, role=role, clearance=Level(clearance))
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        audit.record(
            actor=actor, verb="user.create", target=user, details={"role": role}, revision=False
        )
    return user


# --- Sign-in bookkeeping: attempts for lockout, and the audit trail ---------------------
# The actor of a failed try is "anonymous": whoever typed a name is not known to be its owner.
ANONYMOUS = "anonymous"


def login_attempts_prune() -> int:
    """Forget sign-in tries older than the retention (they hold names and addresses, and
    the audit log keeps the lasting record); never one the lockout still counts."""
    keep = max(
        settings.CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS * 86400,
        settings.CASEVAULT_LOGIN_WINDOW_SECONDS,
        settings.CASEVAULT_LOGIN_LOCK_SECONDS,
    )
    cutoff = timezone.now() - timedelta(seconds=keep)
    deleted, _ = LoginAttempt.objects.filter(at__lt=cutoff).delete()
    return deleted


def login_failure_record(*, username: str, ip: str, stage: str = "password") -> bool:
    """Count one failed try (wrong password or code); True when it starts a lock."""
    name = security.normal_username(username)
    target = User.objects.filter(username=username.strip()).first()
    with transaction.atomic():
        login_attempts_prune()
        LoginAttempt.objects.create(
            username=name, ip=ip, at=timezone.now(), outcome=LoginAttempt.Outcome.FAILED
        )
        audit.record(
            actor=ANONYMOUS,
            verb="auth.login_failed",
            target=target,
            details={"username": name, "ip": ip, "stage": stage},
            revision=False,
        )
        until = security.locked_until(name, ip)
        if until is not None:
            audit.record(
                actor=ANONYMOUS,
                verb="auth.locked",
                target=target,
                details={"username": name, "ip": ip, "until": until.isoformat()},
                revision=False,
            )
    return until is not None


def login_refusal_record(*, username: str, ip: str) -> None:
    """A try made while locked: kept for the record, never checked, never counted."""
    LoginAttempt.objects.create(
        username=security.normal_username(username),
        ip=ip,
        at=timezone.now(),
        outcome=LoginAttempt.Outcome.REFUSED,
    )


def login_success_record(*, user: User, ip: str, second_factor: bool) -> None:
    """A full sign-in: earlier failures for this user stop counting."""
    name = security.normal_username(user.username)
    with transaction.atomic():
        login_attempts_prune()
        LoginAttempt.objects.filter(username=name, outcome=LoginAttempt.Outcome.FAILED).update(
            cleared=True
        )
        LoginAttempt.objects.create(
            username=name, ip=ip, at=timezone.now(), outcome=LoginAttempt.Outcome.SUCCEEDED
        )
        audit.record(
            actor=user,
            verb="auth.login",
            target=user,
            details={"ip": ip, "second_factor": second_factor},
            revision=False,
        )


def logout_record(*, user: User, ip: str) -> None:
    with transaction.atomic():
        audit.record(
            actor=user, verb="auth.logout", target=user, details={"ip": ip}, revision=False
        )


def user_unlock(*, actor: User, user: User) -> int:
    """Lift a lock: the user's failures, and those from the addresses they came from."""
    require(actor, "users.manage")
    name = security.normal_username(user.username)
    failures = LoginAttempt.objects.filter(outcome=LoginAttempt.Outcome.FAILED, cleared=False)
    ips = set(failures.filter(username=name).exclude(ip="").values_list("ip", flat=True))
    with transaction.atomic():
        cleared = failures.filter(username=name).update(cleared=True)
        cleared += failures.filter(ip__in=ips).update(cleared=True)
        audit.record(
            actor=actor,
            verb="auth.unlock",
            target=user,
            details={"cleared": cleared},
            revision=False,
        )
    return cleared


def security_policy_update(*, actor: User, require_2fa_roles: list[str]) -> SecurityPolicy:
    require(actor, "users.manage")
    unknown = sorted(set(require_2fa_roles) - set(Role.values))
    if unknown:
        raise UserError(f"unknown roles {', '.join(unknown)}: use {', '.join(Role.values)}")
    roles = [role for role in Role.values if role in require_2fa_roles]
    with transaction.atomic():
        policy = SecurityPolicy.objects.select_for_update().filter(id=1).first()
        policy = policy or SecurityPolicy(id=1)
        policy.require_2fa_roles = roles
        policy.updated_at = timezone.now()
        policy.save()
        audit.record(
            actor=actor,
            verb="security.policy_update",
            target=policy,
            details={"require_2fa_roles": roles},
            revision=False,
        )
    return policy


def totp_device_confirm(*, user: User, device: TOTPDevice) -> TOTPDevice:
    """The user proved they hold the secret: the device now guards every sign-in."""
    if device.user_id != user.pk:
        raise UserError("this authenticator belongs to another user")
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # Only one device: stale half-made ones would keep secrets nobody uses.
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        audit.record(actor=user, verb="auth.2fa_enable", target=user, revision=False)
    return device


def user_2fa_reset(*, actor: User, user: User) -> int:
    """For a lost phone: remove the user's devices; they set one up at their next sign-in."""
    require(actor, "users.manage")
    with transaction.atomic():
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        audit.record(
            actor=actor,
            verb="auth.2fa_reset",
            target=user,
            details={"removed": removed},
            revision=False,
        )
    return removed
