"""Loading our controlled vocabularies from the JSON data shipped with the package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction

from casevault.accounts.models import User
from casevault.accounts.permissions import require
from casevault.audit import log as audit
from casevault.vocab.lookup import vocabularies_changed
from casevault.vocab.models import Term, Vocabulary

DATA_FILE = Path(__file__).parent / "data" / "vocabularies.json"


def read_data(path: Path = DATA_FILE) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def vocabularies_load(*, actor: User, path: Path = DATA_FILE) -> int:
    """Insert or update every vocabulary and term; codes never change, labels may."""
    require(actor, "vocab.manage")
    data = read_data(path)
    with transaction.atomic():
        for v in data["vocabularies"]:
            Vocabulary.objects.update_or_create(
                code=v["code"],
                defaults={
                    "label_en": v["labels"]["en"],
                    "label_ru": v["labels"]["ru"],
                    "label_kk": v["labels"]["kk"],
                    "esf": v.get("esf", ""),
                },
            )
        # Parents first: insert every term without its parent, then link parents.
        for order, t in enumerate(data["terms"]):
            Term.objects.update_or_create(
                id=Term.key(t["vocabulary"], t["code"]),
                defaults={
                    "vocabulary_id": t["vocabulary"],
                    "code": t["code"],
                    "label_en": t["labels"]["en"],
                    "label_ru": t["labels"]["ru"],
                    "label_kk": t["labels"]["kk"],
                    "esf": t.get("esf", ""),
                    "keywords": t.get("keywords", {}),
                    "sort_order": order,
                },
            )
        for t in data["terms"]:
            parent = t.get("parent")
            Term.objects.filter(id=Term.key(t["vocabulary"], t["code"])).update(
                parent_id=Term.key(t["vocabulary"], parent) if parent else None
            )
        vocabularies_changed()  # update() sends no signal
        audit.record(actor=actor, verb="vocabulary.load", details={"terms": len(data["terms"])})
    return len(data["terms"])
