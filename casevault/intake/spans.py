"""Character spans already claimed in a text, for "longest or first match wins" stages."""

from __future__ import annotations

__all__ = ["TakenSpans"]


class TakenSpans:
    """Spans claimed in a text of ``size`` characters; ``free`` says if a span overlaps none.

    Two spans overlap when ``start < other_end and other_start < end``, as the stages always
    tested it pairwise; one mark per character answers that at once for spans that are not
    empty, which is every span the stages make. Empty spans keep the pairwise test.
    """

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size)
        self._spans: list[tuple[int, int]] = []
        self._empty = False

    def free(self, start: int, end: int) -> bool:
        if start < end and not self._empty and 0 <= start and end <= len(self._marks):
            return self._marks.find(1, start, end) == -1
        return not any(start < e and s < end for s, e in self._spans)

    def take(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        if start < end and 0 <= start and end <= len(self._marks):
            self._marks[start:end] = b"\x01" * (end - start)
        else:
            self._empty = True  # unusual: from now on, test pairwise
