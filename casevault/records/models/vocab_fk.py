from __future__ import annotations

from typing import Any

from django.db import models


def term_fk(vocabulary: str, *, null: bool = False, related_name: str = "+") -> Any:
    """A foreign key to a term of one controlled vocabulary."""
    return models.ForeignKey(
        "vocab.Term",
        on_delete=models.PROTECT,
        null=null,
        blank=null,
        related_name=related_name,
        limit_choices_to={"vocabulary": vocabulary},
    )
