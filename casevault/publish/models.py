from __future__ import annotations

from django.conf import settings
from django.db import models

from casevault.records.models import Record


class Statement(Record):
    """A public text drafted from a case: a statement or a UN communication.

    ``body`` is the working draft in Markdown; publishing freezes it as a version.
    """

    class Kind(models.TextChoices):
        STATEMENT = "statement", "Public statement"
        UN_COMMUNICATION = "un_communication", "UN Special Procedures communication"

    class Language(models.TextChoices):
        EN = "en", "English"
        RU = "ru", "Русский"

    case = models.ForeignKey("records.Case", on_delete=models.PROTECT, related_name="publications")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    lang = models.CharField(max_length=2, choices=Language.choices, default=Language.EN)
    reference = models.CharField(max_length=60, unique=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.reference


class StatementVersion(models.Model):
    """A published version: its text and outputs, frozen, with their SHA-256 and approver."""

    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    body = models.TextField()
    html = models.TextField()
    pdf = models.BinaryField()
    docx = models.BinaryField()
    # {"md": …, "html": …, "pdf": …, "docx": …}: hex SHA-256 of each frozen output.
    sha256 = models.JSONField(default=dict)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField()

    class Meta:
        ordering = ["statement_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "number"], name="statement_version_number_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.statement_id} v{self.number}"


class FlagOverride(models.Model):
    """A coordinator's written decision to publish despite a consent flag on one person."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="overrides")
    person = models.ForeignKey("records.Person", on_delete=models.PROTECT, related_name="+")
    form = models.CharField(max_length=10)  # a consent.Form value
    reason = models.TextField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "person"], name="one_override_per_person_and_statement"
            )
        ]

    def __str__(self) -> str:
        return f"{self.statement_id}: {self.person_id} → {self.form}"
