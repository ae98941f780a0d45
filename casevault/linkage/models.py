"""Reviewed record linkage: which person records are one real person.

A merge never deletes or overwrites a record. Accepting a pair links both person records to
one ``Entity`` through ``EntityMembership`` rows; every record keeps its names, acts and
sources. Undoing a decision deactivates the memberships it made (and, for a decision that
joined two entities, restores the ones it ended); nothing is removed, so the history of who
linked what, with which score and model, stays readable.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class Entity(models.Model):
    """One real person, known through one or more person records."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = "entities"

    def __str__(self) -> str:
        return f"entity {self.pk}"


class LinkDecision(models.Model):
    """A reviewer's verdict on one candidate pair, with the score and model that proposed it.

    The pair is stored in a canonical order (``person_a`` has the smaller id), so one pair has
    one row of record while it is live; an undone decision stays, marked with ``undone_at``.
    """

    class Outcome(models.TextChoices):
        ACCEPTED = "accepted"
        REJECTED = "rejected"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person_a = models.ForeignKey(
        "records.Person", on_delete=models.PROTECT, related_name="link_decisions_as_a"
    )
    person_b = models.ForeignKey(
        "records.Person", on_delete=models.PROTECT, related_name="link_decisions_as_b"
    )
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    score = models.FloatField(null=True, blank=True)  # match probability, if the model scored it
    model_version = models.CharField(max_length=120, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="link_decisions"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    # The entity an accepted pair was linked into.
    entity = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="undone_link_decisions",
    )

    class Meta:
        ordering = ["-decided_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(person_a=F("person_b")), name="link_decision_two_people"
            ),
            # Two reviewers deciding the same pair at once: the second insert fails.
            models.UniqueConstraint(
                fields=["person_a", "person_b"],
                condition=Q(undone_at__isnull=True),
                name="link_decision_one_live_per_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_a_id} ~ {self.person_b_id}: {self.outcome}"

    @property
    def is_live(self) -> bool:
        return self.undone_at is None


class EntityMembership(models.Model):
    """One person record's link to an entity; deactivated, never deleted, when undone."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    entity = models.ForeignKey(Entity, on_delete=models.PROTECT, related_name="memberships")
    person = models.ForeignKey(
        "records.Person", on_delete=models.PROTECT, related_name="entity_memberships"
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    linked_at = models.DateTimeField(default=timezone.now)
    score = models.FloatField(null=True, blank=True)
    model_version = models.CharField(max_length=120, blank=True)
    # The accepted decision this membership stands on: undoing it ends the membership.
    decision = models.ForeignKey(LinkDecision, on_delete=models.PROTECT, related_name="memberships")
    # When a decision joins two entities, the moved records' old memberships end and the
    # new ones point back at them, so undoing the join can restore them.
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    active = models.BooleanField(default=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by_decision = models.ForeignKey(
        LinkDecision, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["linked_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(active=True),
                name="person_in_one_active_entity",
            ),
        ]

    def __str__(self) -> str:
        state = "active" if self.active else "ended"
        return f"{self.person_id} in {self.entity_id} ({state})"
