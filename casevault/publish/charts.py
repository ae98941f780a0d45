"""Bar and line charts as SVG we write ourselves; PNG by rendering that SVG.

No inline style (the workspace's CSP forbids it): colours and fonts are SVG attributes.
Every chart carries the honest note: documented cases, not prevalence.
"""

from __future__ import annotations

import io
from html import escape

from casevault.publish.stats import HONEST_NOTE, LABELS, TIME_DIMENSIONS, Table

WIDTH, HEIGHT = 760, 420
LEFT, RIGHT, TOP, BOTTOM = 190, 20, 40, 80
COLOURS = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#718096", "#975a16"]
FONT = 'font-family="DejaVu Sans, sans-serif"'


def _text(
    x: float, y: float, s: str, size: int = 11, anchor: str = "start", extra: str = ""
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" {FONT} '
        f'fill="#222"{extra}>{escape(s)}</text>'
    )


def _frame(title: str, lang: str, body: list[str]) -> str:
    note = HONEST_NOTE["ru" if lang == "ru" else "en"]
    # The note wraps onto two lines at a sentence break.
    first, _, second = note.partition(": ")
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">',
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
            _text(WIDTH / 2, 22, title, 14, "middle", ' font-weight="bold"'),
            *body,
            _text(
                10, HEIGHT - 26, first + (":" if second else ""), 10, extra=' font-style="italic"'
            ),
            _text(10, HEIGHT - 11, second, 10, extra=' font-style="italic"'),
            "<desc>" + escape(note) + "</desc>",
            "</svg>",
        ]
    )


def chart_title(table: Table) -> str:
    names = LABELS["ru" if table.lang == "ru" else "en"]
    return f"{names['acts']}: " + " × ".join(names[d] for d in table.by)


def bar_svg(table: Table) -> str:
    """Horizontal bars for the first dimension (summed over a second one)."""
    totals: dict[str, int] = {}
    for labels, n in table.rows:
        totals[labels[0]] = totals.get(labels[0], 0) + n
    items = sorted(totals.items(), key=lambda kv: -kv[1])[:15]
    top = max((n for _, n in items), default=1) or 1
    plot_w = WIDTH - LEFT - RIGHT - 40
    bar_h = min(24.0, (HEIGHT - TOP - BOTTOM) / max(len(items), 1))
    body = []
    for i, (label, n) in enumerate(items):
        y = TOP + i * bar_h
        w = plot_w * n / top
        body.append(
            f'<rect x="{LEFT}" y="{y + 2:.1f}" width="{w:.1f}" height="{bar_h - 4:.1f}" '
            f'fill="{COLOURS[0]}"/>'
        )
        body.append(_text(LEFT - 6, y + bar_h / 2 + 4, label[:30], 11, "end"))
        body.append(_text(LEFT + w + 4, y + bar_h / 2 + 4, str(n), 11))
    return _frame(chart_title(table), table.lang, body)


def line_svg(table: Table) -> str:
    """A line per series over the time dimension (the other dimension, top six, are series)."""
    time_at = next(i for i, d in enumerate(table.by) if d in TIME_DIMENSIONS)
    series_at = 1 - time_at if len(table.by) == 2 else None
    xs = sorted({labels[time_at] for labels, _ in table.rows})
    series: dict[str, dict[str, int]] = {}
    for labels, n in table.rows:
        name = labels[series_at] if series_at is not None else LABELS["en"]["acts"]
        series.setdefault(name, {})
        series[name][labels[time_at]] = series[name].get(labels[time_at], 0) + n
    ranked = sorted(series, key=lambda s: -sum(series[s].values()))[:6]
    top = max((v for s in ranked for v in series[s].values()), default=1) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(xs) - 1, 1)
    body = [
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="#888"/>',
        _text(LEFT - 6, TOP + 4, str(top), 10, "end"),
        _text(LEFT - 6, TOP + plot_h, "0", 10, "end"),
    ]
    every = max(1, len(xs) // 12)
    for i, x in enumerate(xs):
        if i % every == 0:
            body.append(_text(LEFT + i * step, TOP + plot_h + 14, x, 10, "middle"))
    for k, name in enumerate(ranked):
        colour = COLOURS[k % len(COLOURS)]
        points = " ".join(
            f"{LEFT + i * step:.1f},{TOP + plot_h - plot_h * series[name].get(x, 0) / top:.1f}"
            for i, x in enumerate(xs)
        )
        body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        body.append(f'<rect x="8" y="{TOP + k * 16}" width="10" height="10" fill="{colour}"/>')
        body.append(_text(22, TOP + k * 16 + 9, name[:26], 10))
    return _frame(chart_title(table), table.lang, body)


def chart_svg(table: Table) -> str:
    if any(d in TIME_DIMENSIONS for d in table.by):
        return line_svg(table)
    return bar_svg(table)


def svg_to_png(svg: str, scale: float = 2.0) -> bytes:
    """Rasterise through WeasyPrint (SVG → PDF) and PDFium (PDF → bitmap)."""
    import pypdfium2 as pdfium
    from weasyprint import HTML

    page = f"<style>@page{{size:{WIDTH}px {HEIGHT}px;margin:0}}body{{margin:0}}</style>{svg}"
    pdf = HTML(string=page).write_pdf()
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    finally:
        document.close()
