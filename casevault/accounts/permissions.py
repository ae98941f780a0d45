"""The one place that says what each role may do. Every action calls ``require`` first."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from casevault.accounts.models import Role, User
from casevault.lib.levels import Level

_EVERYONE: set[str] = set(Role.values)
_WRITERS: set[str] = {Role.DOCUMENTER, Role.LAWYER, Role.COORDINATOR, Role.ADMIN}

ROLE_PERMISSIONS: dict[str, set[str]] = {  # role values are plain strings
    "records.view": _EVERYONE,
    "records.add": _WRITERS,
    "records.change": _WRITERS,
    "cases.add": {Role.DOCUMENTER, Role.LAWYER, Role.COORDINATOR, Role.ADMIN},
    "cases.manage": {Role.COORDINATOR, Role.ADMIN},
    "evidence.add": _WRITERS,
    "intake.review": _WRITERS | {Role.ANALYST},
    "linkage.review": {Role.ANALYST, Role.COORDINATOR, Role.ADMIN},
    "publish.edit": {Role.EDITOR, Role.COORDINATOR, Role.ADMIN},
    "publish.approve": {Role.COORDINATOR, Role.ADMIN},
    "vocab.manage": {Role.ADMIN},
    "users.manage": {Role.ADMIN},
    "vault.export": {Role.COORDINATOR, Role.ADMIN},
    "vault.admin": {Role.ADMIN},
}


def has_perm(actor: User, perm: str, obj: Any = None) -> bool:
    if perm not in ROLE_PERMISSIONS:
        raise KeyError(f"unknown permission {perm!r}")
    if actor.is_system:
        return True
    if not actor.is_active or actor.role not in ROLE_PERMISSIONS[perm]:
        return False
    level = getattr(obj, "confidentiality", None)
    return level is None or Level(actor.clearance).allows(level)


def require(actor: User, perm: str, obj: Any = None) -> None:
    if not has_perm(actor, perm, obj):
        raise PermissionDenied(f"{actor.username} may not {perm}")
