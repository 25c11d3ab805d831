"""The report's meter chart, without pygame: one layout, drawn as SVG for the HTML and as vector paths in the PDF.

The layout is computed once in abstract units (millimetres in the PDF, pixels in the SVG) from a function that
measures text, so every label has a known box: the case labels under the axis never overlap (a label with the
score is shortened to the case number where it would not fit), and the legend sits below them.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

from ..content.models import METERS
from ..engine.summary import Summary

Colour = tuple[int, int, int]
Measure = Callable[[str, float, bool], float]
"""The width of a text at a font size, bold or not, in the chart's units."""

INK: Colour = (26, 26, 30)
MUTED: Colour = (58, 58, 64)
GRID: Colour = (200, 194, 182)
OUTCOME_COLOURS: dict[str, Colour] = {"bloeit": (0, 85, 60), "strandt": (140, 35, 10)}
METER_COLOURS: dict[str, Colour] = {
    "trust_burgers_overheid": (0, 114, 178),
    "trust_burgers_partners": (0, 158, 115),
    "trust_overheid_partners": (204, 121, 167),
    "energy": (230, 159, 0),
    "ownership": (86, 80, 70),
}
"""The screen's Okabe-Ito colours; each meter also has its own dash and mark, so colour is never alone."""
METER_DASHES: dict[str, tuple[float, float]] = {
    "trust_burgers_overheid": (0.0, 0.0),
    "trust_burgers_partners": (4.0, 2.0),
    "trust_overheid_partners": (1.0, 1.5),
    "energy": (6.0, 1.5),
    "ownership": (2.0, 3.0),
}
"""Dash and gap, as multiples of the line width (0, 0 is a solid line)."""
METER_MARKS: dict[str, str] = {
    "trust_burgers_overheid": "circle",
    "trust_burgers_partners": "square",
    "trust_overheid_partners": "triangle",
    "energy": "diamond",
    "ownership": "down",
}


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    """The left edge."""
    y: float
    """The baseline."""
    width: float
    size: float
    colour: Colour
    bold: bool = False
    anchor: str = "start"
    """Where the SVG pins the text (start, middle, end of the box), since a browser's font is not measured."""

    @property
    def box(self) -> tuple[float, float, float, float]:
        """Left, top, right, bottom."""
        return (self.x, self.y - self.size * 0.75, self.x + self.width, self.y + self.size * 0.25)


@dataclass(frozen=True)
class Series:
    meter: str
    points: tuple[tuple[float, float], ...]
    colour: Colour
    dash: tuple[float, float]
    mark: str


@dataclass(frozen=True)
class ChartLayout:
    width: float
    height: float
    line: float
    mark: float
    grid: tuple[tuple[float, float, float, float], ...]
    labels: tuple[Label, ...]
    series: tuple[Series, ...]
    legend: tuple[tuple[Series, float, float], ...]
    """A sample of each line (its mark at x, y) beside its label."""


def layout_chart(
    summary: Summary,
    t: Callable[..., str],
    measure: Measure,
    width: float,
    size: float,
) -> ChartLayout:
    """The chart `width` wide with text of `size`: grid, axis labels, one line per meter, the legend."""
    gap = size * 0.9  # between a value label and the plot: room for the first point's mark (size * 0.3) too
    axis_width = max(measure(str(v), size, False) for v in (0, 50, 100)) + gap
    left, right, top = axis_width, width - size * 0.5, size * 0.6
    plot_height = size * 14
    bottom = top + plot_height
    points = summary.meters_per_case
    steps = max(1, len(points) - 1)

    def x_at(n: int) -> float:
        return left + (right - left) * n / steps

    def y_at(value: int) -> float:
        return bottom - plot_height * value / 100

    labels: list[Label] = []
    grid = []
    for value in (0, 50, 100):
        text = str(value)
        w = measure(text, size, False)
        grid.append((left, y_at(value), right, y_at(value)))
        labels.append(Label(text, left - gap - w, y_at(value) + size * 0.35, w, size, MUTED, anchor="end"))
    labels += case_labels(summary, measure, size, [x_at(n) for n in range(1, len(points))], left, width, bottom + size)
    caption = t("report.chart_cases")
    labels.append(Label(caption, left, bottom + size * 2.4, measure(caption, size * 0.85, False), size * 0.85, MUTED))
    series = tuple(
        Series(
            meter,
            tuple((x_at(n), y_at(p.get(meter))) for n, p in enumerate(points)),
            METER_COLOURS[meter],
            METER_DASHES[meter],
            METER_MARKS[meter],
        )
        for meter in METERS
    )
    legend, legend_labels, end = legend_rows(series, t, measure, size, width, bottom + size * 4.0)
    return ChartLayout(
        width=width,
        height=end,
        line=size * 0.12,
        mark=size * 0.3,
        grid=tuple(grid),
        labels=tuple(labels + legend_labels),
        series=series,
        legend=legend,
    )


def case_labels(
    summary: Summary, measure: Measure, size: float, xs: list[float], left: float, width: float, baseline: float
) -> list[Label]:
    """Each case's number (with its score where all fit) under its point, in the colour of its outcome."""
    scored = len(summary.case_scores) == len(xs)
    spacing = (xs[1] - xs[0]) if len(xs) > 1 else width
    texts = [str(n) for n in range(1, len(xs) + 1)]
    if scored:
        with_score = [f"{n}: {score:+d}" for n, (_outcome, score) in enumerate(summary.case_scores, 1)]
        if all(measure(text, size, True) + size < spacing for text in with_score):
            texts = with_score
    labels = []
    previous_right = left - size
    for n, (text, x) in enumerate(zip(texts, xs, strict=True)):
        w = measure(text, size, scored)
        start = min(max(x - w / 2, previous_right + size * 0.4), width - w)
        colour = OUTCOME_COLOURS.get(summary.case_scores[n][0], INK) if scored else MUTED
        labels.append(Label(text, start, baseline, w, size, colour, scored, anchor="middle"))
        previous_right = start + w
    return labels


def legend_rows(
    series: tuple[Series, ...], t: Callable[..., str], measure: Measure, size: float, width: float, top: float
) -> tuple[tuple[tuple[Series, float, float], ...], list[Label], float]:
    """The legend in as many columns as fit (at most three): a mark and dash sample, then the meter's name."""
    sample = size * 2.2
    names = [t(f"meter.short.{s.meter}") for s in series]
    widest = max(measure(name, size, False) for name in names) + sample + size
    columns = max(1, min(3, int(width // widest)))
    column = width / columns
    row_height = size * 1.5
    entries, labels = [], []
    for n, (entry, name) in enumerate(zip(series, names, strict=True)):
        x = (n % columns) * column
        y = top + (n // columns) * row_height
        entries.append((entry, x, y))
        labels.append(Label(name, x + sample + size * 0.3, y + size * 0.35, measure(name, size, False), size, INK))
    rows = math.ceil(len(series) / columns)
    return tuple(entries), labels, top + rows * row_height


def mark_points(kind: str, x: float, y: float, r: float) -> list[tuple[float, float]]:
    """The outline of a mark as a polygon (a circle as 16 sides), so SVG and PDF draw the same shape."""
    if kind == "square":
        return [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    if kind == "triangle":
        return [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    if kind == "down":
        return [(x, y + r * 1.2), (x + r * 1.1, y - r * 0.8), (x - r * 1.1, y - r * 0.8)]
    if kind == "diamond":
        return [(x, y - r * 1.3), (x + r * 1.3, y), (x, y + r * 1.3), (x - r * 1.3, y)]
    return [(x + r * math.cos(a * math.pi / 8), y + r * math.sin(a * math.pi / 8)) for a in range(16)]


def svg_measure(text: str, size: float, bold: bool) -> float:
    """A generous estimate of a text's width in a sans-serif font (the browser's font is not known here): labels
    are pinned by their anchor, so a text narrower than its estimate only leaves more room around it."""
    return len(text) * size * (0.64 if bold else 0.6)


def _rgb(colour: Colour) -> str:
    return f"rgb({colour[0]},{colour[1]},{colour[2]})"


def to_svg(summary: Summary, t: Callable[..., str], width: float = 720, size: float = 16) -> str:
    """The chart as an inline SVG element, with a title for screen readers."""
    chart = layout_chart(summary, t, svg_measure, width, size)
    e = html.escape
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {chart.width:.0f} '
        f'{chart.height:.0f}" width="{chart.width:.0f}" height="{chart.height:.0f}">',
        f"<title>{e(t('end.chart'))}</title>",
    ]
    out += [
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{_rgb(GRID)}" stroke-width="1"/>'
        for x1, y1, x2, y2 in chart.grid
    ]
    for series in chart.series:
        out.append(_svg_line(series.points, series, chart.line * 2))
        out += [_svg_mark(series, x, y, chart.mark) for x, y in series.points]
    for series, x, y in chart.legend:
        sample = ((x, y), (x + size * 2.2, y))
        out.append(_svg_line(sample, series, chart.line * 2))
        out.append(_svg_mark(series, x + size * 1.1, y, chart.mark))
    for label in chart.labels:
        weight = ' font-weight="bold"' if label.bold else ""
        x = {"start": label.x, "middle": label.x + label.width / 2, "end": label.x + label.width}[label.anchor]
        out.append(
            f'<text x="{x:.1f}" y="{label.y:.1f}" font-size="{label.size:.0f}" text-anchor="{label.anchor}" '
            f'font-family="Atkinson Hyperlegible, Verdana, sans-serif" fill="{_rgb(label.colour)}"{weight}>'
            f"{e(label.text)}</text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _svg_line(points: tuple[tuple[float, float], ...], series: Series, width: float) -> str:
    dash = series.dash
    pattern = f' stroke-dasharray="{dash[0] * width:.1f} {dash[1] * width:.1f}"' if dash[0] else ""
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<polyline points="{coords}" fill="none" stroke="{_rgb(series.colour)}" stroke-width="{width:.1f}"{pattern}/>'
    )


def _svg_mark(series: Series, x: float, y: float, r: float) -> str:
    coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in mark_points(series.mark, x, y, r))
    return f'<polygon points="{coords}" fill="{_rgb(series.colour)}"/>'
