"""A painter bound to one surface, the typesetter and the screen's metrics: the drawing helpers of draw.py without
passing those three each time, and with every optional argument by keyword (no positional booleans).

It only draws; it changes nothing. Each call goes through draw.py, so a text is measured and reported the same way.
"""

from __future__ import annotations

import pygame

from . import draw, theme
from .text import Typesetter
from .theme import Colour, Metrics


class Painter:
    def __init__(self, surface: pygame.Surface, ts: Typesetter, m: Metrics) -> None:
        self.surface = surface
        self.ts = ts
        self.m = m

    def text(
        self,
        words: str,
        pos: tuple[int, int],
        size: int,
        *,
        colour: Colour = theme.INK,
        bold: bool = False,
        anchor: str = "topleft",
        within: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """One line of text at `pos`, anchored by `anchor`; a line outside `within` (or the screen) is a misfit."""
        return draw.text(
            self.surface, self.ts, words, pos, size, colour=colour, bold=bold, anchor=anchor, within=within
        )

    def paragraph(
        self,
        words: str,
        rect: pygame.Rect,
        size: int,
        *,
        colour: Colour = theme.INK,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> int:
        """Wrapped text inside `rect`, shrunk (not below the floor) until it fits; the y below its last line."""
        return draw.paragraph(self.surface, self.ts, words, rect, size, colour=colour, bold=bold, max_lines=max_lines)

    def card(self, rect: pygame.Rect, *, fill: Colour = theme.CARD) -> None:
        draw.card(self.surface, self.m, rect, fill=fill)

    def focus_ring(self, rect: pygame.Rect) -> None:
        draw.focus_ring(self.surface, self.m, rect)

    def centred_button(self, rect: pygame.Rect, label: str, *, focused: bool = False) -> None:
        draw.centred_button(self.surface, self.ts, self.m, rect, label, focused=focused)

    def corner_shape(self, corner: str, centre: tuple[int, int], radius: int) -> None:
        draw.corner_shape(self.surface, corner, centre, radius)

    def meter_bar(self, rect: pygame.Rect, label: str, value: float, *, meter: str) -> None:
        draw.meter_bar(self.surface, self.ts, self.m, rect, label, value, meter=meter)
