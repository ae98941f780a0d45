from __future__ import annotations

from django.db import models


class AuditEntry(models.Model):
    """One link of the append-only chain. Database triggers refuse UPDATE and DELETE."""

    seq = models.BigIntegerField(primary_key=True)
    at = models.DateTimeField()
    actor = models.CharField(max_length=150)
    verb = models.CharField(max_length=64)
    target_type = models.CharField(max_length=64, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    digest = models.CharField(max_length=64)
    details = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_target_idx")]

    def __str__(self) -> str:
        return f"#{self.seq} {self.verb}"


class AuditHead(models.Model):
    """The chain's last link; locked by every writer so that links are made one at a time."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    entry_hash = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"head #{self.seq}"


class Revision(models.Model):
    """The state of a record after one change, so that its history can be shown."""

    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    version = models.PositiveIntegerField()
    at = models.DateTimeField()
    actor = models.CharField(max_length=150)
    audit_seq = models.BigIntegerField()
    changed = models.JSONField(default=list)
    data = models.JSONField()

    class Meta:
        ordering = ["target_type", "target_id", "version"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "version"], name="one_revision_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.target_type}:{self.target_id} v{self.version}"
