"""The small Markdown our statements use, parsed once and rendered to HTML or DOCX.

Headings (#, ##, ###), paragraphs, bulleted and numbered lists, quotes, **bold**,
*italic* and footnotes (``[^1]`` … ``[^1]: text``). Raw HTML is never passed through: the
preview shows an editor's text, and a published file must not carry markup nobody wrote
on purpose. Pure functions, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

Inline = tuple[str, str]  # (kind, text): text, bold, italic, fnref


@dataclass
class Block:
    kind: str  # heading, para, ul, ol, quote
    level: int = 0
    inlines: list[Inline] = field(default_factory=list)
    items: list[list[Inline]] = field(default_factory=list)


@dataclass
class Document:
    blocks: list[Block]
    # Footnotes in the order they are first cited: (number, inlines).
    footnotes: list[tuple[int, list[Inline]]]
    numbers: dict[str, int]


_INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|\*(?P<italic>[^*\s][^*]*?)\*|\[\^(?P<fn>[^\]\s]+)\]")
_FOOTDEF = re.compile(r"^\[\^(?P<id>[^\]\s]+)\]:\s?(?P<text>.*)$")
_HEADING = re.compile(r"^(?P<hashes>#{1,3})\s+(?P<text>.*)$")
_BULLET = re.compile(r"^[-*]\s+(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d+[.)]\s+(?P<text>.*)$")


def inlines(text: str) -> list[Inline]:
    out: list[Inline] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos : m.start()]))
        if m.group("bold") is not None:
            out.append(("bold", m.group("bold")))
        elif m.group("italic") is not None:
            out.append(("italic", m.group("italic")))
        else:
            out.append(("fnref", m.group("fn")))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def parse(text: str) -> Document:
    blocks: list[Block] = []
    defs: dict[str, list[Inline]] = {}
    para: list[str] = []
    current_list: Block | None = None
    last_def: str | None = None

    def flush() -> None:
        nonlocal para
        if para:
            blocks.append(Block("para", inlines=inlines(" ".join(para))))
            para = []

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            current_list, last_def = None, None
            continue
        if (m := _FOOTDEF.match(line)) is not None:
            flush()
            current_list = None
            last_def = m.group("id")
            defs[last_def] = inlines(m.group("text"))
            continue
        if last_def is not None and raw.startswith((" ", "\t")):
            defs[last_def] += [("text", " ")] + inlines(line.strip())
            continue
        last_def = None
        stripped = line.strip()
        if (m := _HEADING.match(stripped)) is not None:
            flush()
            current_list = None
            blocks.append(
                Block("heading", level=len(m.group("hashes")), inlines=inlines(m.group("text")))
            )
        elif (m := _BULLET.match(stripped)) or (m2 := _NUMBERED.match(stripped)):
            flush()
            match = m or m2
            assert match is not None  # noqa: S101 - one of the two matched
            kind = "ul" if m else "ol"
            if current_list is None or current_list.kind != kind:
                current_list = Block(kind)
                blocks.append(current_list)
            current_list.items.append(inlines(match.group("text")))
        elif stripped.startswith(">"):
            flush()
            current_list = None
            blocks.append(Block("quote", inlines=inlines(stripped.lstrip("> ").strip())))
        elif current_list is not None and raw.startswith((" ", "\t")):
            current_list.items[-1] += [("text", " ")] + inlines(stripped)
        else:
            current_list = None
            para.append(stripped)
    flush()

    numbers: dict[str, int] = {}

    def cite(parts: list[Inline]) -> None:
        for kind, value in parts:
            if kind == "fnref" and value in defs and value not in numbers:
                numbers[value] = len(numbers) + 1

    for block in blocks:
        cite(block.inlines)
        for item in block.items:
            cite(item)
    footnotes = [(numbers[k], defs[k]) for k in sorted(numbers, key=numbers.__getitem__)]
    return Document(blocks=blocks, footnotes=footnotes, numbers=numbers)


def plain(parts: list[Inline], numbers: dict[str, int] | None = None) -> str:
    out = []
    for kind, value in parts:
        if kind == "fnref":
            n = (numbers or {}).get(value)
            out.append(f"[{n}]" if n else "")
        else:
            out.append(value)
    return "".join(out)


# --- HTML -------------------------------------------------------------------------------


def _html_inlines(
    parts: list[Inline], doc: Document, *, footnotes_inline: bool, cited: set[int] | None = None
) -> str:
    """``cited`` holds the notes already called: a repeated call is a plain number."""
    cited = cited if cited is not None else set()
    out = []
    for kind, value in parts:
        if kind == "bold":
            out.append(f"<strong>{escape(value)}</strong>")
        elif kind == "italic":
            out.append(f"<em>{escape(value)}</em>")
        elif kind == "fnref":
            n = doc.numbers.get(value)
            if n is None:
                out.append(escape(f"[^{value}]"))
            elif n in cited and footnotes_inline:
                out.append(f'<sup class="fnref">{n}</sup>')
            elif n in cited:
                out.append(f'<sup class="fnref"><a href="#fn{n}">{n}</a></sup>')
            elif footnotes_inline:
                # WeasyPrint moves a float: footnote element to the foot of the page. Notes
                # are numbered in order of first call, as the footnote counter counts them.
                cited.add(n)
                body = next(parts_ for num, parts_ in doc.footnotes if num == n)
                out.append(
                    f'<span class="footnote">{_html_inlines(body, doc, footnotes_inline=False)}</span>'
                )
            else:
                cited.add(n)
                out.append(f'<sup class="fnref"><a href="#fn{n}" id="fnref{n}">{n}</a></sup>')
        else:
            out.append(escape(value))
    return "".join(out)


def to_html(doc: Document, *, footnotes_inline: bool = False) -> str:
    """The body as HTML; ``footnotes_inline`` for the PDF (paged footnotes)."""

    cited: set[int] = set()

    def render(parts: list[Inline]) -> str:
        return _html_inlines(parts, doc, footnotes_inline=footnotes_inline, cited=cited)

    out = []
    for block in doc.blocks:
        if block.kind == "heading":
            out.append(f"<h{block.level}>{render(block.inlines)}</h{block.level}>")
        elif block.kind == "para":
            out.append(f"<p>{render(block.inlines)}</p>")
        elif block.kind == "quote":
            out.append(f"<blockquote><p>{render(block.inlines)}</p></blockquote>")
        else:
            items = "".join(f"<li>{render(item)}</li>" for item in block.items)
            out.append(f"<{block.kind}>{items}</{block.kind}>")
    if doc.footnotes and not footnotes_inline:
        notes = "".join(
            f'<li id="fn{n}">{_html_inlines(parts, doc, footnotes_inline=False)} '
            f'<a href="#fnref{n}" class="back">↩</a></li>'
            for n, parts in doc.footnotes
        )
        out.append(f'<section class="footnotes"><hr><ol>{notes}</ol></section>')
    return "\n".join(out)
