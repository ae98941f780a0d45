from __future__ import annotations

from django.db import models

from casevault.records.models.base import FuzzyDateAttr, Record, fuzzy_date_columns
from casevault.records.models.vocab_fk import term_fk


class Source(Record):
    """Where information came from: a testimony, a document, a post, a media report."""

    source_type = term_fk("source_type")
    title = models.CharField(max_length=300)
    author_person = models.ForeignKey(
        "records.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="sources"
    )
    author_org = models.ForeignKey(
        "records.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sources",
    )
    date_start, date_end, date_precision = fuzzy_date_columns()
    date = FuzzyDateAttr("date")
    url = models.URLField(max_length=1000, blank=True)
    reference = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    reliability = term_fk("reliability", null=True)
    case = models.ForeignKey(
        "records.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["date_start", "title"]

    def __str__(self) -> str:
        return self.title


class Information(Record):
    """What one source says about one event or act, and how far it can be believed."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="information")
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.CASCADE, related_name="information"
    )
    act = models.ForeignKey(
        "records.Act", null=True, blank=True, on_delete=models.CASCADE, related_name="information"
    )
    connection = term_fk("source_connection", null=True)
    credibility = term_fk("credibility", null=True)
    summary = models.TextField(blank=True)
    excerpt = models.TextField(blank=True)
