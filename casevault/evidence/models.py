from __future__ import annotations

import uuid

from django.db import models

from casevault.records.models import Record


class EvidenceItem(Record):
    """One file as acquired: its hash, where it came from, and what it says about itself.

    The bytes live encrypted in the blob store under ``blob_name``; a redacted working copy
    is an item of its own that points to its original, which it never replaces.
    """

    case = models.ForeignKey(
        "records.Case", null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    # The record this file documents (an event, a person, a source…), by type and id.
    record_type = models.CharField(max_length=64, blank=True)
    record_id = models.CharField(max_length=64, blank=True)
    original_name = models.CharField(max_length=500)
    content_type = models.CharField(max_length=120)
    kind = models.CharField(max_length=20)
    extension_mismatch = models.BooleanField(default=False)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    blob_name = models.CharField(max_length=80)
    acquired_at = models.DateTimeField()
    acquired_by = models.CharField(max_length=150)
    description = models.TextField(blank=True)
    file_metadata = models.JSONField(default=dict, blank=True)
    redacted_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="redactions"
    )
    capture = models.ForeignKey(
        "evidence.Capture",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="artefacts",
    )
    artefact_kind = models.CharField(max_length=20, blank=True)
    last_verified_at = models.DateTimeField(null=True, blank=True)
    last_verified_ok = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["acquired_at"]

    def __str__(self) -> str:
        return self.original_name


class Capture(models.Model):
    """Online content as the monitor captured it (the Berkeley Protocol's fields)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    url = models.URLField(max_length=2000)
    platform = models.CharField(max_length=100, blank=True)
    platform_ids = models.JSONField(default=dict, blank=True)
    captured_at = models.DateTimeField()
    collector = models.CharField(max_length=200)
    tool = models.CharField(max_length=200, blank=True)
    tool_version = models.CharField(max_length=100, blank=True)
    notes = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.url


class CustodyEvent(models.Model):
    """One link of an item's chain of custody; each is also an entry of the audit chain."""

    class Action(models.TextChoices):
        ACQUIRE = "acquire"
        VIEW = "view"
        DOWNLOAD = "download"
        EXPORT = "export"
        REDACT = "redact"
        VERIFY = "verify"

    item = models.ForeignKey(EvidenceItem, on_delete=models.PROTECT, related_name="custody")
    at = models.DateTimeField()
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=10, choices=Action.choices)
    reason = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    audit_seq = models.BigIntegerField()

    class Meta:
        ordering = ["item_id", "at", "audit_seq"]

    def __str__(self) -> str:
        return f"{self.action} {self.item_id} by {self.actor}"
