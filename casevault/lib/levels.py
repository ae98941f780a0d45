"""Confidentiality levels of records, and user clearances, in increasing order."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    RESTRICTED = "restricted"
    SECRET = "secret"  # noqa: S105 - a level name, not a password

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    def allows(self, other: str) -> bool:
        """A clearance at this level may read a record at level ``other``."""
        return self.rank >= Level(other).rank


_ORDER = [Level.PUBLIC, Level.INTERNAL, Level.RESTRICTED, Level.SECRET]

CHOICES = [(lvl.value, lvl.value.capitalize()) for lvl in _ORDER]
