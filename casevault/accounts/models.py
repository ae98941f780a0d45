from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models

from casevault.lib import levels


class Role(models.TextChoices):
    DOCUMENTER = "documenter", "Documenter"
    LAWYER = "lawyer", "Lawyer"
    ANALYST = "analyst", "Analyst"
    EDITOR = "editor", "Editor"
    COORDINATOR = "coordinator", "Coordinator"
    ADMIN = "admin", "Admin"


class User(AbstractUser):
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.DOCUMENTER)
    clearance = models.CharField(
        max_length=10, choices=levels.CHOICES, default=levels.Level.INTERNAL
    )
    # The vault's own actor for command-line work done by whoever holds the passphrase.
    is_system = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.username


class CaseGrant(models.Model):
    """A user's membership of one case's team."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="case_grants")
    case = models.ForeignKey("records.Case", on_delete=models.CASCADE, related_name="grants")
    can_edit = models.BooleanField(default=True)
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "case"], name="one_grant_per_user_and_case")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.case_id}"
