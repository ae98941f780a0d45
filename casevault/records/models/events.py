from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Q

from casevault.records.models.base import FuzzyDateAttr, Record, fuzzy_date_columns
from casevault.records.models.vocab_fk import term_fk


class Event(Record):
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    place = models.ForeignKey(
        "records.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    location_detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["date_start", "date_precision", "title"]
        indexes = [models.Index(fields=["date_start", "date_end"], name="event_date_idx")]

    def __str__(self) -> str:
        return self.title


class Act(Record):
    """One violation against one victim (a person or a group)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="acts")
    act_type = term_fk("act_type")
    victim = models.ForeignKey(
        "records.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="acts_as_victim",
    )
    victim_status = term_fk("victim_status", null=True)
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    place = models.ForeignKey(
        "records.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="acts"
    )
    methods: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "vocab.Term", through="ActMethod", related_name="+"
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["event_id", "created_at"]


class ActMethod(models.Model):
    act = models.ForeignKey(Act, on_delete=models.CASCADE)
    method = term_fk("method")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["act", "method"], name="act_method_once")]

    def __str__(self) -> str:
        return f"{self.act_id}: {self.method_id}"


class ActInvolvement(Record):
    """A perpetrator's part in an act: carried it out, ordered it, failed to prevent it…"""

    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="involvements")
    perpetrator_person = models.ForeignKey(
        "records.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="involvements",
    )
    perpetrator_org = models.ForeignKey(
        "records.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="involvements",
    )
    perpetrator_type = term_fk("perpetrator_type", null=True)
    degree = term_fk("involvement_degree")
    notes = models.TextField(blank=True)

    class Meta:
        constraints = [
            # "Unknown police officers" is a valid perpetrator: a type with no name.
            models.CheckConstraint(
                condition=Q(perpetrator_person__isnull=False)
                | Q(perpetrator_org__isnull=False)
                | Q(perpetrator_type__isnull=False),
                name="involvement_names_someone",
            )
        ]
