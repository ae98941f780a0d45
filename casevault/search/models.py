"""The search index: one row per record and clearance band, with pre-processed terms.

The full-text index over ``terms`` is not a Django field: it lives in the database in the
form each vendor does best, created by migration 0002 —

- SQLite (the SQLCipher vault): an FTS5 table ``search_fts`` with external content (this
  table), kept in step by triggers, so a write and its index change commit together. It
  is inside the encrypted database file like every other page.
- PostgreSQL: a generated ``tsvector`` column ``search_vector`` with a GIN index.

Warning for later migrations: on SQLite, Django rebuilds a table to alter a column, which
drops its triggers; a migration that alters this table must recreate them
(``casevault.search.fulltext_schema.create``).
"""

from __future__ import annotations

from django.db import models

from casevault.lib import levels
from casevault.lib.fuzzydate import Precision


class SearchEntry(models.Model):
    """What one record is found by, for readers whose clearance lies in one band.

    A record's entry holds text from related records too (an event's acts and their
    victims' names). Text from a record at a higher level than the target must not be
    searchable by readers who cannot see it, so a target gets one entry per band of
    clearances that see the same text: ``confidentiality`` is the lowest clearance of the
    band (the target's own level for the first band), ``clearance_to`` the highest.
    """

    class Kind(models.TextChoices):
        EVENT = "event"
        PERSON = "person"
        SOURCE = "source"
        VISIT = "visit"
        CASE = "case"
        ORGANISATION = "organisation"
        PLACE = "place"

    target_type = models.CharField(max_length=16, choices=Kind.choices)
    target_id = models.UUIDField()
    confidentiality = models.CharField(max_length=10, choices=levels.CHOICES)
    clearance_to = models.CharField(max_length=10, choices=levels.CHOICES)
    title = models.CharField(max_length=300)
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, default=Precision.UNKNOWN.value)
    # Not a foreign key: an entry must never block deleting or merging a place.
    place_id = models.UUIDField(null=True, blank=True)
    terms = models.TextField()

    class Meta:
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="search_entry_target_idx"),
            models.Index(fields=["date_start", "date_end"], name="search_entry_date_idx"),
            models.Index(fields=["place_id"], name="search_entry_place_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.target_type} {self.target_id} [{self.confidentiality}]"
