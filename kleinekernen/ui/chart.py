"""The meter chart of the end screen (the report draws its own, without pygame: persistence/chart.py)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from ..content.models import METERS
from ..engine.summary import Summary
from . import draw, theme
from .text import Typesetter
from .theme import Metrics

OUTCOME_COLOURS = {"bloeit": theme.GOOD, "strandt": theme.BAD}
"""Each case's number under the chart in the colour of how it went, as on the outcome screen."""


def draw_chart(
    surface: pygame.Surface,
    rect: pygame.Rect,
    summary: Summary,
    ts: Typesetter,
    m: Metrics,
    t: Callable[..., str],
) -> None:
    """The meters over the cases: a line per meter, each with its own dash and mark, and a legend."""
    draw.card(surface, m, rect)
    legend_h = ts.line_height(m.body) * 3
    plot = rect.inflate(-m.margin * 2, -m.margin * 2)
    plot.height -= legend_h
    plot.left += m.body * 3
    plot.width -= m.body * 3
    points = summary.meters_per_case
    mark = max(4, m.body // 4)
    for value in (0, 50, 100):
        y = plot.bottom - plot.height * value // 100
        pygame.draw.line(surface, theme.SHADOW, (plot.left, y), (plot.right, y), 1)
        at = (plot.left - m.gap - mark, y)  # clear of the first case's marks, which sit on the axis
        draw.text(surface, ts, str(value), at, m.body, colour=theme.MUTED, anchor="midright")
    steps = max(1, len(points) - 1)
    scored = len(summary.case_scores) == len(points) - 1
    with_score = scored and all(ts.width(f"{n}: +00", m.body) < plot.width // steps for n in range(1, len(points)))
    for n in range(1, len(points)):
        x = plot.left + plot.width * n // steps
        label, colour = str(n), theme.MUTED
        if scored:
            outcome, score = summary.case_scores[n - 1]
            colour = OUTCOME_COLOURS.get(outcome, theme.INK)
            label = f"{n}: {score:+d}" if with_score else label
        half = ts.width(label, m.body, bold=bool(scored)) // 2
        x = min(x, rect.right - m.margin - half)  # the last label stays inside the card, clear of its edge
        draw.text(
            surface, ts, label, (x, plot.bottom + m.gap), m.body, colour=colour, bold=bool(scored), anchor="midtop"
        )
    for meter in METERS:
        coords = [
            (plot.left + plot.width * n // steps, plot.bottom - plot.height * p.get(meter) // 100)
            for n, p in enumerate(points)
        ]
        colour = theme.METER_COLOURS[meter]
        draw.dashed_line(surface, colour, coords, max(3, m.line * 2), theme.METER_DASHES[meter])
        for point in coords:
            draw.mark(surface, colour, point, mark, theme.METER_DASHES[meter])
    legend_top = plot.bottom + ts.line_height(m.body) + m.gap
    x = rect.left + m.margin
    column = (rect.width - m.margin * 2) // 3
    for n, meter in enumerate(METERS):
        lx = x + (n % 3) * column
        ly = legend_top + (n // 3) * ts.line_height(m.body)
        colour = theme.METER_COLOURS[meter]
        draw.mark(
            surface,
            colour,
            (lx + m.body // 3, ly + ts.line_height(m.body) // 2),
            max(4, m.body // 4),
            theme.METER_DASHES[meter],
        )
        draw.text(surface, ts, t(f"meter.short.{meter}"), (lx + m.body, ly), m.body, colour=theme.INK)
