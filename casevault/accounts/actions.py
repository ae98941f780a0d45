from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import Role, User
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
