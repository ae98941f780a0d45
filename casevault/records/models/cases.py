from __future__ import annotations

from typing import Any

from django.db import models

from casevault.records.models.base import Record


class Case(Record):
    class Status(models.TextChoices):
        OPEN = "open"
        CLOSED = "closed"
        ARCHIVED = "archived"

    reference = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    opened_on = models.DateField(null=True, blank=True)
    events: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "records.Event", through="CaseEvent", related_name="cases"
    )
    people: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        "records.Person", through="CasePerson", related_name="cases"
    )

    class Meta:
        ordering = ["reference"]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"


class CaseEvent(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    event = models.ForeignKey("records.Event", on_delete=models.CASCADE)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "event"], name="case_event_once")]

    def __str__(self) -> str:
        return f"{self.case_id} ∋ {self.event_id}"


class CasePerson(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    person = models.ForeignKey("records.Person", on_delete=models.CASCADE)
    role = models.CharField(max_length=100, blank=True)  # victim, witness, monitor, lawyer…

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "person"], name="case_person_once")]

    def __str__(self) -> str:
        return f"{self.case_id} ∋ {self.person_id}"


class Counter(models.Model):
    """Named sequences (pseudonyms, case references), incremented under a row lock."""

    name = models.CharField(max_length=64, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
