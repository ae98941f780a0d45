"""The document text as safe HTML, with the drafts' evidence sentences in ``<mark>``.

Everything outside the marks, and inside them, is escaped: the text is whatever the
document said, including any markup an attacker put in it. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, drafts: Sequence[Iterable[dict[str, Any]]]) -> SafeString:
    """``drafts[i]`` is draft i's evidence list (``start``/``end`` offsets into ``text``).

    Overlapping sentences of several drafts are split at every boundary, so each piece
    carries the numbers of all the drafts it supports (``data-drafts="1 3"``, counting
    from 1, as the page shows them). Offsets outside the text are ignored.
    """
    spans: list[tuple[int, int, int]] = []
    for number, evidence in enumerate(drafts, start=1):
        for item in evidence:
            start, end = int(item["start"]), int(item["end"])
            if 0 <= start < end <= len(text):
                spans.append((start, end, number))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    anchored: set[int] = set()
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[left:right])
        covering = sorted({n for s, e, n in spans if s <= left and right <= e})
        if not covering:
            out.append(piece)
            continue
        for number in covering:
            if number not in anchored:
                # Where the draft's "show in the text" link jumps to.
                out.append(f'<span id="evidence-{number}"></span>')
                anchored.add(number)
        numbers = " ".join(str(n) for n in covering)
        out.append(f'<mark data-drafts="{numbers}">{piece}</mark>')
    return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped
