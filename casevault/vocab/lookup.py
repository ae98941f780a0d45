"""Finding a term by its key, with a per-process cache.

Every record write names a few terms (an act type, a degree, a method), and looking each
one up in the database cost more than the write itself. Terms are data shipped with the
package: codes never change and terms are never deleted (records protect them), so a term
once found stays valid. Only labels, keywords and ``active`` change, when an administrator
reloads the vocabularies.

Invalidation:

- A write to a term or vocabulary in this process (a save or delete signal, or
  ``vocabularies_changed()`` for bulk updates that send no signal) empties the cache. Until
  that transaction commits, lookups inside it go to the database and are not cached, so a
  rolled-back load never leaves its terms behind in the cache.
- Another process's reload is not seen until this one restarts; the cached copy's labels
  may then be old. Reads that show records load their terms from the database, and a term
  that does not exist is never cached, so validation is exact either way.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from casevault.vocab.models import Term, Vocabulary

_cache: dict[str, Term] = {}
_lock = threading.Lock()
# True from a vocabulary write until its transaction commits (or a lookup runs outside
# any transaction, which means the write's transaction has ended one way or the other).
_unsettled = False


def term_get(key: str) -> Term | None:
    """The term with this key (``"<vocabulary>:<code>"``), or None if there is none."""
    global _unsettled
    if _unsettled:
        if connection.in_atomic_block:
            return Term.objects.filter(pk=key).first()
        with _lock:
            _cache.clear()
            _unsettled = False
    found = _cache.get(key)
    if found is None:
        found = Term.objects.filter(pk=key).first()
        if found is not None and not _unsettled:
            _cache[key] = found
    return found


def vocabularies_changed() -> None:
    """Forget every cached term: call after writing terms without model signals."""
    global _unsettled
    with _lock:
        _cache.clear()
        already, _unsettled = _unsettled, True
    if not connection.in_atomic_block:
        _settle()
    elif not already:
        # Once per transaction is enough (a load saves hundreds of terms). If it rolls
        # back, the callback is dropped and the next lookup outside a transaction settles.
        transaction.on_commit(_settle)


def clear_term_cache() -> None:
    """Forget every cached term and any pending vocabulary write, as in a new process."""
    global _unsettled
    with _lock:
        _cache.clear()
        _unsettled = False


_settle = clear_term_cache


def cached_count() -> int:
    return len(_cache)


@receiver(post_save, sender=Term)
@receiver(post_delete, sender=Term)
@receiver(post_save, sender=Vocabulary)
@receiver(post_delete, sender=Vocabulary)
def _on_vocabulary_write(**kwargs: Any) -> None:
    vocabularies_changed()
