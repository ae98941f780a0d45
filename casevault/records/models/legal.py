from __future__ import annotations

from django.db import models

from casevault.records.models.base import FuzzyDateAttr, Record, fuzzy_date_columns
from casevault.records.models.vocab_fk import term_fk


class Proceeding(Record):
    """A criminal, administrative or civil proceeding, with its steps over time."""

    class Status(models.TextChoices):
        ONGOING = "ongoing"
        CLOSED = "closed"

    case = models.ForeignKey(
        "records.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="proceedings"
    )
    proceeding_type = term_fk("proceeding_type")
    title = models.CharField(max_length=300)
    legal_basis = models.CharField(max_length=300, blank=True)
    reference_number = models.CharField(max_length=100, blank=True)
    authority = models.ForeignKey(
        "records.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="proceedings",
    )
    opened_start, opened_end, opened_precision = fuzzy_date_columns()
    opened = FuzzyDateAttr("opened")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ONGOING)
    outcome = models.TextField(blank=True)
    # None: not yet assessed. The UN mandates ask this of every communication.
    remedies_exhausted = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["opened_start", "title"]

    def __str__(self) -> str:
        return self.title


class ProceedingParty(models.Model):
    class Role(models.TextChoices):
        DEFENDANT = "defendant"
        PLAINTIFF = "plaintiff"
        COMPLAINANT = "complainant"
        VICTIM = "victim"
        WITNESS = "witness"
        RESPONDENT = "respondent"
        LAWYER = "lawyer"
        JUDGE = "judge"
        PROSECUTOR = "prosecutor"
        INVESTIGATOR = "investigator"

    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="parties")
    person = models.ForeignKey(
        "records.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "records.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(max_length=16, choices=Role.choices)

    def __str__(self) -> str:
        return f"{self.role} in {self.proceeding_id}"


class ProceedingStep(Record):
    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="steps")
    step_type = term_fk("proceeding_step")
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    description = models.TextField(blank=True)
    outcome = models.TextField(blank=True)

    class Meta:
        ordering = ["proceeding_id", "date_start"]


class Intervention(Record):
    """A letter, complaint, court challenge, UN communication or public statement."""

    class Status(models.TextChoices):
        DRAFT = "draft"
        SENT = "sent"
        ANSWERED = "answered"
        CLOSED = "closed"

    case = models.ForeignKey(
        "records.Case",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interventions",
    )
    intervention_type = term_fk("intervention_type")
    title = models.CharField(max_length=300)
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    by_org = models.ForeignKey(
        "records.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    addressee = models.ForeignKey(
        "records.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENT)
    response = term_fk("intervention_response", null=True)
    response_start, response_end, response_precision = fuzzy_date_columns()
    response_date = FuzzyDateAttr("response")
    response_text = models.TextField(blank=True)

    class Meta:
        ordering = ["date_start", "title"]
