"""A message the group must see (a step not saved, a session repaired or open elsewhere): a banner that fits.

The banner wraps its text over the width of the screen and grows downwards; the size steps down only as far
as needed to keep it to four lines, so nothing is ever cut off.
"""

from __future__ import annotations

from typing import Protocol

import pygame

from . import draw, theme
from .text import Typesetter
from .theme import Metrics


class Typeset(Protocol):
    """What a banner needs of the window: its sizes and its typesetter."""

    @property
    def metrics(self) -> Metrics: ...

    typesetter: Typesetter


MAX_LINES = 4


def _layout(app: Typeset, words: str, screen_width: int, top: int) -> tuple[pygame.Rect, int, list[str]]:
    m, ts = app.metrics, app.typesetter
    rect = pygame.Rect(m.margin * 2, top, screen_width - m.margin * 4, 0)
    width = rect.width - m.gap * 4
    size = m.body
    lines = ts.wrap(words, size, width, bold=True)
    while len(lines) > MAX_LINES and size > 12:
        size -= 1
        lines = ts.wrap(words, size, width, bold=True)
    rect.height = len(lines) * ts.line_height(size, bold=True) + m.gap * 2
    return rect, size, lines


def alert_height(app: Typeset, words: str, screen_width: int) -> int:
    """The room the banner takes, gap below included (0 without words), so a scene can lay out beneath it."""
    if not words:
        return 0
    return _layout(app, words, screen_width, 0)[0].height + app.metrics.gap * 2


def draw_alert(surface: pygame.Surface, app: Typeset, words: str, top: int) -> pygame.Rect:
    """Draw `words` in a card across the screen from `top`; returns the card's rectangle."""
    m, ts = app.metrics, app.typesetter
    rect, size, lines = _layout(app, words, surface.get_width(), top)
    height = ts.line_height(size, bold=True)
    draw.card(surface, m, rect)
    pygame.draw.rect(surface, theme.BAD, rect, width=max(2, m.line), border_radius=m.radius)
    for row, line in enumerate(lines):
        draw.text(
            surface,
            ts,
            line,
            (rect.left + m.gap * 2, rect.top + m.gap + row * height),
            size,
            colour=theme.BAD,
            bold=True,
        )
    return rect
