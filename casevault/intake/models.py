"""Imported documents and the draft events proposed from them, waiting for a reviewer.

Nothing here is a record: a draft becomes an event (with its acts, people and source)
only when a person accepts it, through ``casevault.intake.actions.draft_accept``.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from casevault.lib import levels


class ImportedDocument(models.Model):
    """One document as imported: its text (normalised, as the draft offsets count it)."""

    class Status(models.TextChoices):
        PENDING = "pending"  # some drafts still wait for a decision
        REVIEWED = "reviewed"  # every draft was accepted or rejected (or there were none)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(
        "records.Case", on_delete=models.PROTECT, related_name="imported_documents"
    )
    # The stored original; none when the evidence store refused it (see evidence_problem).
    evidence = models.ForeignKey(
        "evidence.EvidenceItem",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="imported_documents",
    )
    evidence_problem = models.CharField(max_length=500, blank=True)
    original_name = models.CharField(max_length=500)
    file_format = models.CharField(max_length=10, blank=True)
    language = models.CharField(max_length=8)
    title = models.CharField(max_length=500, blank=True)
    reference = models.CharField(max_length=200, blank=True)
    document_date = models.DateField(null=True, blank=True)
    # The normalised text: ``draft.evidence[].start/end`` are offsets into it.
    text = models.TextField()
    entities = models.JSONField(default=dict, blank=True)
    source_type = models.CharField(max_length=64, default="document")
    # Records made from this document cite it through this source (made on first accept).
    source = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confidentiality = models.CharField(
        max_length=10, choices=levels.CHOICES, default=levels.Level.RESTRICTED
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    imported_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.original_name


class DraftEvent(models.Model):
    """One event the extraction proposed, in the documented JSON form, and its review."""

    class Status(models.TextChoices):
        PENDING = "pending"
        ACCEPTED = "accepted"
        REJECTED = "rejected"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    document = models.ForeignKey(ImportedDocument, on_delete=models.CASCADE, related_name="drafts")
    position = models.PositiveIntegerField()
    # date (FuzzyDate dict), act_types, summary, victims, perpetrators, places, evidence
    # (offsets into the document's text), confidence: exactly as the pipeline gave them.
    data = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reject_reason = models.TextField(blank=True)
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["document_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "position"], name="one_draft_per_document_position"
            ),
            models.CheckConstraint(
                condition=models.Q(status="pending", reviewer__isnull=True)
                | models.Q(reviewer__isnull=False, reviewed_at__isnull=False),
                name="decided_drafts_have_a_reviewer",
            ),
        ]

    def __str__(self) -> str:
        return f"draft {self.position + 1} of {self.document_id}"

    @property
    def summary(self) -> str:
        return str(self.data.get("summary", ""))

    @property
    def evidence(self) -> list[dict[str, Any]]:
        return list(self.data.get("evidence", []))
