"""The balance page's lists: the lessons in love with how often each went well or wrong, and the webs left."""

from __future__ import annotations

import pygame

from ...engine.summary import Summary
from .. import draw, theme
from .base import Host
from .widgets import stacked_size


def draw_webs(app: Host, surface: pygame.Surface, rect: pygame.Rect, summary: Summary) -> None:
    """The webs still on the board, each whole; when they do not all fit, the rest as a count."""
    app, m, ts = app, app.metrics, app.typesetter
    labels = ["• " + web.label.get(app.lang) for web in summary.webs_left]
    size = stacked_size(ts, labels, rect, m.body, 0)
    line = ts.line_height(size)
    y = rect.top
    for n, label in enumerate(labels):
        height = len(ts.wrap(label, size, rect.width)) * line
        rest = len(labels) - n - 1
        if y + height + (line if rest else 0) > rect.bottom:
            draw.text(
                surface, ts, app.t("end.webs_more", count=len(labels) - n), (rect.left, y), size, colour=theme.INK
            )
            return
        y = draw.paragraph(surface, ts, label, pygame.Rect(rect.left, y, rect.width, height), size)


def draw_lessons(app: Host, surface: pygame.Surface, inner: pygame.Rect, summary: Summary) -> None:
    """The lessons in love, each with how often it went well and how often it went wrong."""
    app, m, ts = app, app.metrics, app.typesetter
    wrong_x = inner.right
    well_x = (
        wrong_x
        - max(ts.width(app.t("end.lessons_wrong"), m.body, bold=True), ts.width("00", m.body, bold=True))
        - m.gap
    )
    name_width = well_x - max(ts.width(app.t("end.lessons_well"), m.body, bold=True), ts.width("00", m.body)) - m.gap
    names = [app.t(f"lesson.{lesson}") for lesson in summary.lessons_well]
    size = min(draw.fit_size(ts, name, name_width - inner.left, m.body) for name in names)
    y = inner.top + ts.line_height(m.body) + m.gap
    draw.text(
        surface, ts, app.t("end.lessons_well"), (well_x, y), m.body, colour=theme.GOOD, bold=True, anchor="topright"
    )
    draw.text(
        surface,
        ts,
        app.t("end.lessons_wrong"),
        (wrong_x, y),
        m.body,
        colour=theme.BAD,
        bold=True,
        anchor="topright",
    )
    y += ts.line_height(m.body)
    line = ts.line_height(size)
    for lesson, name in zip(summary.lessons_well, names, strict=True):
        rows = ts.wrap(name, size, name_width - inner.left)
        draw.paragraph(surface, ts, name, pygame.Rect(inner.left, y, name_width - inner.left, line * len(rows)), size)
        well, wrong = summary.lessons_well[lesson], summary.lessons_wrong[lesson]
        draw.text(
            surface,
            ts,
            str(well),
            (well_x, y),
            size,
            colour=theme.GOOD if well else theme.MUTED,
            bold=True,
            anchor="topright",
        )
        draw.text(
            surface,
            ts,
            str(wrong),
            (wrong_x, y),
            size,
            colour=theme.BAD if wrong else theme.MUTED,
            bold=True,
            anchor="topright",
        )
        y += line * len(rows)
