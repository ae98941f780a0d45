from __future__ import annotations

from django.db import models


class Vocabulary(models.Model):
    code = models.CharField(max_length=64, primary_key=True)
    label_en = models.CharField(max_length=200)
    label_ru = models.CharField(max_length=200)
    label_kk = models.CharField(max_length=200)
    esf = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return self.code


class Term(models.Model):
    """One term of a controlled vocabulary. Its key is stable: ``"<vocabulary>:<code>"``."""

    id = models.CharField(max_length=130, primary_key=True)
    vocabulary = models.ForeignKey(Vocabulary, on_delete=models.PROTECT, related_name="terms")
    code = models.CharField(max_length=64)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    label_en = models.CharField(max_length=200)
    label_ru = models.CharField(max_length=200)
    label_kk = models.CharField(max_length=200)
    esf = models.CharField(max_length=200, blank=True)
    keywords = models.JSONField(default=dict, blank=True)
    sort_order = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["vocabulary_id", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["vocabulary", "code"], name="term_code_unique_in_vocabulary"
            )
        ]

    def __str__(self) -> str:
        return self.id

    def label(self, lang: str = "en") -> str:
        return {"ru": self.label_ru, "kk": self.label_kk or self.label_ru}.get(lang, self.label_en)

    @staticmethod
    def key(vocabulary: str, code: str) -> str:
        return f"{vocabulary}:{code}"
