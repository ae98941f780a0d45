from __future__ import annotations

from typing import Any

from django.db import models

from casevault.records.models.base import FuzzyDateAttr, Record, fuzzy_date_columns


class MonitoringVisit(Record):
    class Access(models.TextChoices):
        GRANTED = "granted"
        PARTIAL = "partial"
        DENIED = "denied"

    facility = models.ForeignKey(
        "records.Facility", on_delete=models.PROTECT, related_name="visits"
    )
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    team: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "records.Person", through="VisitMember", related_name="visits"
    )
    access = models.CharField(max_length=8, choices=Access.choices, default=Access.GRANTED)
    denial_reason = models.TextField(blank=True)
    conditions = models.TextField(blank=True)
    interviews_count = models.PositiveIntegerField(default=0)
    findings = models.TextField(blank=True)

    class Meta:
        ordering = ["date_start"]


class VisitMember(models.Model):
    visit = models.ForeignKey(MonitoringVisit, on_delete=models.CASCADE)
    person = models.ForeignKey("records.Person", on_delete=models.PROTECT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["visit", "person"], name="visit_member_once")
        ]

    def __str__(self) -> str:
        return f"{self.person_id} on {self.visit_id}"
