from __future__ import annotations

from django.db import models

from casevault.records.models.base import Record
from casevault.records.models.vocab_fk import term_fk


class Place(Record):
    class Kind(models.TextChoices):
        COUNTRY = "country"
        REGION = "region"
        DISTRICT = "district"
        CITY = "city"
        SETTLEMENT = "settlement"
        ADDRESS = "address"
        FACILITY = "facility"
        OTHER = "other"

    name = models.CharField(max_length=300)
    alt_names = models.JSONField(default=list, blank=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def ancestors(self) -> list[Place]:
        chain: list[Place] = []
        node = self.parent
        while node is not None and len(chain) < 20:
            chain.append(node)
            node = node.parent
        return chain


class Facility(Place):
    """A place of detention: a prison, a pre-trial centre, a police station…"""

    facility_type = term_fk("facility_type")
    operator = models.ForeignKey(
        "records.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="facilities",
    )
    capacity = models.PositiveIntegerField(null=True, blank=True)
