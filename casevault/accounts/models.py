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


class LoginAttempt(models.Model):
    """One sign-in try (password or second factor), for lockout. Never holds a password.

    Rows live in the encrypted vault; the audit log keeps the lasting record.
    """

    class Outcome(models.TextChoices):
        FAILED = "failed"
        SUCCEEDED = "succeeded"
        REFUSED = "refused"  # not even checked: the username or address was locked

    username = models.CharField(max_length=150)
    ip = models.CharField(max_length=45, blank=True)
    at = models.DateTimeField()
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    # A success or an admin's unlock clears earlier failures, so they stop counting.
    cleared = models.BooleanField(default=False)

    class Meta:
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["username", "at"], name="login_attempt_user_idx"),
            models.Index(fields=["ip", "at"], name="login_attempt_ip_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.username} {self.outcome} {self.at:%Y-%m-%d %H:%M}"


class SecurityPolicy(models.Model):
    """The vault's sign-in rules; one row (id 1), changed by admins through an action."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    require_2fa_roles = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"2FA required for: {', '.join(self.require_2fa_roles) or 'nobody'}"

    @classmethod
    def current(cls) -> SecurityPolicy:
        # Reading must not write: an unsaved default stands in until an admin saves one.
        return cls.objects.filter(id=1).first() or cls(id=1)
