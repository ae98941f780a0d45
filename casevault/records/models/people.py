from __future__ import annotations

import uuid

from django.db import models

from casevault.records.models.base import FuzzyDateAttr, Record, fuzzy_date_columns
from casevault.records.models.vocab_fk import term_fk


class Person(Record):
    class Kind(models.TextChoices):
        INDIVIDUAL = "individual"
        GROUP = "group"

    class Sex(models.TextChoices):
        FEMALE = "female"
        MALE = "male"
        OTHER = "other"
        UNKNOWN = "unknown"

    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.INDIVIDUAL)
    # Shown instead of the name wherever the reader may not see who this is.
    pseudonym = models.CharField(max_length=16, unique=True)
    sex = models.CharField(max_length=8, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_date_start, birth_date_end, birth_date_precision = fuzzy_date_columns()
    birth_date = FuzzyDateAttr("birth_date")
    occupation = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pseudonym"]

    def __str__(self) -> str:
        return self.pseudonym


class PersonName(models.Model):
    """One of a person's names, in one script; ``translit_key`` matches across scripts."""

    class Script(models.TextChoices):
        CYRILLIC = "cyrl"
        LATIN = "latn"
        OTHER = "other"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    full_name = models.CharField(max_length=300)
    script = models.CharField(max_length=5, choices=Script.choices, default=Script.OTHER)
    lang = models.CharField(max_length=8, blank=True)
    is_primary = models.BooleanField(default=False)
    translit_key = models.CharField(max_length=300, db_index=True)

    class Meta:
        ordering = ["-is_primary", "full_name"]

    def __str__(self) -> str:
        return self.full_name


class Organisation(Record):
    name = models.CharField(max_length=300)
    alt_names = models.JSONField(default=list, blank=True)
    org_type = term_fk("perpetrator_type", null=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    place = models.ForeignKey(
        "records.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Consent(Record):
    """What one person agreed to for one use of their information."""

    class Decision(models.TextChoices):
        GRANTED = "granted"
        REFUSED = "refused"
        WITHDRAWN = "withdrawn"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    use = term_fk("consent_use")
    decision = models.CharField(max_length=10, choices=Decision.choices)
    given_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)
    obtained_by = models.CharField(max_length=200, blank=True)
    channel = models.CharField(max_length=20, blank=True)  # oral, written, message
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["person_id", "use_id", "-given_on"]
